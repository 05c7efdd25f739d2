# title: The Conference
# summary: A group of teenagers from one minoritised community gathers in a park on the Fairfield estate. Residents want them moved on, and older men are targeting them. You are the social worker who holds the group's assessment; a family group conference coordinator will run a community conference, and a team manager chairs the professionals. You propose, argue and decide what a social worker can.
# themes: criminal and sexual exploitation (not described in detail), racism and discrimination in schools, residents' hostility towards young people
# minutes: 25 to 35
# site: E
# setting: A park and an estate, a community centre, and a council meeting room
# place: park
# order: 5
# start: risk 6, anxiety 6, trust 3, youth-trust 2, time 90, guardianship 2, welcome 2, pull 6, harm 6, displacement 1
# present: police, school, education, social-care, coordinator
# commissioned: mentoring, diversion-programme
# objectives: Distinguish a response aimed at a group's behaviour from one aimed at the conditions around it, when both arrive in one referral.
# objectives: Notice how a peer-group assessment can find protection inside a group as well as risk, and how a chart of "associations" can label.
# objectives: Weigh the cost of naming race and racism in a partnership against the cost of leaving it unnamed.
# objectives: Argue for a response from a seat that does not chair the meeting, and judge the plan against the goal it set.
# fact: sent-home = that most of the group are sent home from school after an hour or two each day
# fact: timetables = how many of the twelve are on reduced timetables, and how that compares with other pupils
# fact: protectors = who in the group looks out for the others
# cast: you = You, social worker, adolescent safeguarding team
# cast: coordinator = Hannah Price, family group conference coordinator
# cast: social-care = Lorraine Adey, team manager, children's services, who chairs the professionals
# cast: police = Sergeant Ian Fowler, neighbourhood policing
# cast: school = Carol Dent, deputy head, Fairfield Academy
# cast: education = Raj Patel, inclusion officer, the local authority
# cast: community = Ana Moss, community development worker
# cast: resident = Maureen Platt, resident on Fairfield Road
# cast: young-person = Denis, 15
# cast: young-person-2 = Roxana, 14
# pressures: coordinator = Relationships in the room badly broken, and a conference that only works if families come
# pressures: social-care = Twelve young people, a director copied into councillors’ emails, and a fear of what residents may say in front of the children
# pressures: police = A petition, three councillor emails, a woman ringing every night, and an order to do something visible by the weekend
# pressures: school = Pupils on reduced timetables, a managed move you can arrange, and a question about race nobody has asked you before
# pressures: education = Reduced timetables without review dates, and schools you must challenge and keep on side
# pressures: community = Families who trust you and a community that is wary of every agency in the room
# research: In this site, family group conference coordinators ran community conferences for a peer group from a minoritised ethnic community, referred because of the risk of criminal and sexual exploitation in a park. When they spoke with the young people, the professionals and the residents, they found that very limited access to education was part of what made the group unsafe. The paper does not name the community, and neither does this scenario.
# research: The coordinators' conference took on two things: the breakdown in relationships between the agencies meant to provide services, and the assumptions about the group's ethnicity that might lie behind the missing provision. They named race and racism, and asked why so many of the group's young people were on reduced timetables. Some residents wanted the group moved on; the coordinators argued for engagement rather than dispersal.
# research: This was the only pilot in which the authors saw people ask, out loud, whether their responses were aimed at behaviour or at the conditions around it. A restorative meeting repaired relationships between agencies, residents and young people before a safety plan was made together. Practitioners described the work as exciting and as needing courage, from those leading it and from those asked to change.
# research: The pilots also tested peer-group and location assessments. Mapping a group can show who in it keeps the others safe; it can also turn being seen together into evidence of a "gang", which is why the toolkit warns against treating association as fact.
# cite: Owens & Lloyd 2023, Findings: "Safeguarding practice targeting the social conditions"
# cite: Owens & Lloyd 2023, Methodology: Pilots
# cite: Owens & Lloyd 2023, Discussion: "The dynamics of multi-agency partnerships"
# cite: Owens & Lloyd 2023, Conclusion

VAR anxiety = 6
VAR present_resident = 0
VAR present_community = 0
VAR outcome_young_people = "mixed"
VAR outcome_place = "unsettled"
VAR outcome_partnership = "reporting"
VAR sources = 0
VAR src_group = false
VAR src_parents = false
VAR src_residents = false
VAR src_schools = false
VAR src_police = false
VAR goal = 0
VAR school_choice = 0
VAR conf_full = false
VAR dispersed = false
VAR pressure_choice = 0
VAR nico_apart = false

-> referral

=== referral ===
The referral reaches the multi-agency safeguarding panel on a Tuesday. By Thursday it is on your desk, with a yellow note from your team manager, Lorraine Adey, who chairs the panel's professionals' meetings: "Yours. Hannah Price will run a conference if we go that way. Come and see me." #section:referral #scene:room
You are a social worker in the adolescent safeguarding team. You do not chair anything here. Lorraine chairs the professionals; Hannah, a family group conference coordinator with nine years of bringing families together to make their own plans, will run any conference. What you hold is the assessment: what you find out, what you write, and what you argue for in rooms where other people decide.
The referral is about a group of twelve young people, aged thirteen to sixteen, from the families of one minoritised community who settled on the Fairfield estate over the last decade. They gather most days in Fairfield park.
It has two halves that do not quite fit together. The first half, from the police, describes anti-social behaviour: noise, litter, a bench pulled off its frame, complaints from residents on Fairfield Road. The second half, from a school nurse, describes two men in their twenties who come to the park on electric scooters, hand out vapes and phone credit, and pay the boys for "errands"; and a fourteen-year-old girl seen at one in the morning on the stairs of a flat on Cobden Parade.
Hannah reads it over your shoulder in the corridor. "Two referrals stapled together," she says. "Nuisance at the front, exploitation at the back." #speaker:coordinator
Usually the two halves arrive separately, in different systems, to different teams, and each team deals with its own half. Here they have arrived on one form, about one group of children, and whoever writes the assessment will have to say which half is the real story.
At the panel that afternoon, Sergeant Ian Fowler is clear about what residents want. "They want the group moved on. I've had a petition, three councillor emails and a woman ringing every night. I can authorise a dispersal direction on the park this weekend." #speaker:police
Lorraine turns to you. "You've got the case. How do you want it framed in the minutes? Whatever goes down now is what everyone will work to." #speaker:social-care
-> framing

= framing
# facilitator: How the referral is framed
# facilitator-minutes: 6
# facilitator-point: Two referrals stapled together: nuisance at the front, exploitation at the back.
# facilitator-point: Whatever goes in the minutes is what every agency will work to.
# facilitator-finding: In the pilot this draws on, a referral about a peer group from one minoritised community at risk of exploitation in a park reached a multi-agency panel that ran community conferences.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: Which half of this referral would reach your team first in your own area, and through what system?
# facilitator-ask: Who in the room has most to lose if the group is framed as a nuisance, and who if it is framed as at risk?
* [Say that this is a group of children at risk of exploitation, to be assessed and protected as a group, not a nuisance to be moved #where:context #how:ecological #why:It frames the group and the park as the thing to assess and make safe through safeguarding, rather than the young people as the thing to remove.]
    "I'd like the minutes to say this is a safeguarding matter about a group of children," you say, "and that the assessment is of the group and the park, not twelve separate nuisances. Moving them on is not the job. Getting alongside them is." #speaker:you
    Ian frowns, but he writes it down. "Residents won't read it that way," he says. Lorraine minutes it as you said it. #speaker:police
* [Agree to start from the complaints, since they are what residents and the police need addressed first #where:context #how:behaviour #pressure #why:It treats the group's conduct in the park as the problem and sets out to change it, which is the room's first instinct under residents' pressure.]
    "Let's start where the pressure is," you say. "If we can calm things with residents, we'll have room to do the rest." #speaker:you
    Ian looks grateful, and Lorraine minutes it. Hannah catches you in the corridor afterwards. "Careful," she says. "Whatever you call it first is what it becomes." #speaker:coordinator
* [Treat it as twelve individual cases: each young person assessed and offered one-to-one work on their choices #where:individual #how:behaviour #why:It splits the group into twelve children and aims the work at each one's decisions, the usual casework response.]
    "I'd like names and dates of birth," you say, "and each of them assessed in their own right." #speaker:you
    Lorraine sends the list that afternoon. Four of the twelve already have social workers. The last four assessments each concluded that the young person "would not engage". You read all four, and notice that none of them mentions the park.
- -> partners

= partners
Lorraine asks who you will involve in the assessment. In Hannah's work, the first question is always who belongs in the room.
# facilitator: Who belongs in the room
# facilitator-minutes: 5
# facilitator-point: The community development worker knows the families; residents are complaining and are also neighbours.
# facilitator-point: Keeping it to professionals is safer for information and slower to build trust.
# facilitator-finding: In this site, coordinators consulted young people, professionals and residents before convening, and drew people beyond the statutory agencies into making the place safe.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: What would families need to see before they trusted a meeting about their children?
"Who knows this group better than any of us?" Hannah asks you. #speaker:coordinator
* [Bring in Ana Moss, the community development worker who knows the families, and ask residents to take part as well #where:context #how:ecological #brings:community #brings:resident #trust:+1 #why:It brings the adults who shape the park and the estate into the partnership, so the response can work through relationships in that place.]
    Ana Moss has worked on the estate for six years, most of them with the group's families, and speaks two of their languages. She agrees to help, warily. "People have come before with a plan," she says. "Usually the plan was about us, not with us." #speaker:community
    Maureen Platt, who started the residents' petition, agrees to come to a meeting. "As long as it's not a lecture," she says. #speaker:resident
* [Keep it to professionals until there is something to show families and residents #unscored]
    You agree with Lorraine to keep the assessment among professionals and to involve families and residents once there is something to show them. It is tidier, and it means nobody is promised anything yet. Hannah writes "community: later" in her notebook and looks at it for a long time.
- -> scoping

=== scoping ===
You have three weeks before the panel wants your assessment, and time, around your other cases, for two pieces of consultation. #section:scoping
{present_community: Ana offers to come with you wherever you go.|Without anyone from the estate alongside you, you will be a stranger wherever you go.} Hannah's advice is the same as her first manager's: "We don't bring a plan. We bring the right people, and we make sure they've been heard before they walk in." #speaker:coordinator
-> hub

= hub
# facilitator: Who to hear from
# facilitator-minutes: 6
# facilitator-point: The group in the park, parents at home, residents, the schools, the police: two of these.
# facilitator-point: The schools’ figures may explain more than anyone expects.
# facilitator-finding: When the coordinators in this site listened to young people, professionals and residents, they found very limited access to education among the conditions of the harm.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: Which source would your agency have thought to ask, and which would it have left out?
{sources == 1: There is time for one more.}
* [Meet the young people in the park #unscored] -> group(-> heard)
* [Visit the young people's parents at home #unscored] -> parents(-> heard)
* [Meet residents on Fairfield Road #unscored] -> residents(-> heard)
* [Ask the schools for the group's attendance, timetables and exclusions #unscored] -> schools(-> heard)
* [Ask the police for their intelligence on the group #unscored] -> police_view(-> heard)

= heard
~ sources += 1
{sources < 2: -> hub}
-> assessment

= group(-> next)
~ src_group = true
{present_community: Ana introduces you to the group on a Wednesday afternoon, by the bench that is no longer a bench.|You introduce yourself to the group on a Wednesday afternoon, by the bench that is no longer a bench. It takes twenty minutes before anyone answers a question.} It is two o'clock. Most of them should be in school. #scene:park
Denis, fifteen, does most of the talking. He is funny and quick and does not trust you at all. He says they are in the park because they have nowhere else to be. He is in school from nine until half past ten every day, then sent home. So are most of his friends. #speaker:young-person #learns:sent-home
"They say it's for our behaviour," he says. "I had one fight in Year 7. Now I do an hour and a half. My cousin Nico does the same and he never had a fight." #speaker:young-person
You ask who looks after whom, and the answer comes quickly. Elena, sixteen, walks the younger girls home and tells them which of the scooter men not to talk to. Denis keeps the thirteen-year-olds away from Nico when Nico is "working". Nico is the one the men ring first. #learns:protectors
Roxana, fourteen, says the scooter men are "just friends of friends", and then, when the boys have wandered off, that one of them scares her. She does not want her dad to know, because he will stop her going out, and then she will have nothing at all. #speaker:young-person-2
When you ask what would make the park better, Denis laughs. "People not looking at us like we're going to rob them," he says. "And school. Proper school." #speaker:young-person
-> next

= parents(-> next)
~ src_parents = true
{present_community: You and Ana visit four families over two evenings, Ana translating where she is needed.|You visit four families over two evenings. In two homes a teenage son translates for his mother, which means there are things she does not say.} Every family makes tea, and every family asks what their child has done wrong. #scene:park
The parents are worried about the men, about the police, about their children being out all day. Several say the school rang and said their child could only come for an hour or two, and they did not know they could say no. One father shows you a letter from the school that he could not read; it invites him to a meeting that happened a week ago. #learns:sent-home
The mothers know the group as a web of cousins. Elena, sixteen, is the one they trust to bring the little ones home; Nico, sixteen, is the one they worry about, "always on his phone, always new trainers". #learns:protectors
A mother says, with great dignity, that she left one country because her children could not go to school, and she does not understand why the same thing is happening here.
-> next

= residents(-> next)
~ src_residents = true
Maureen Platt has gathered eight neighbours in her front room. #scene:park
They are frightened and angry: noise, litter, the bench, a boy who swore at an old man. Some of what they say is fair. Some of it is not. One man says "these people" do not value education. Another says they "all" steal. Maureen, to her credit, tells him to stop. #speaker:resident
When you mention the scooter men, the room goes quiet. A woman says she has seen them, and has wondered; she has seen the tall boy the others call Nico get on the back of one. Maureen says, slowly, "So they're the ones at risk?" She says it as if nobody has ever invited her to think of it that way. #speaker:resident
By the end, two neighbours are still adamant that the group should be moved on. Three say they would come to a meeting with the young people, "if it was done properly".
-> next

= schools(-> next)
~ src_schools = true
Raj Patel, the local authority's inclusion officer, pulls the data for you. He looks uncomfortable when he sends it. #speaker:education
Of the twelve young people, ten are on reduced timetables of one to three hours a day. In the same schools, across all pupils, the figure is under two in a hundred. Two of the twelve have no school place at all. None of the reduced timetables has a review date. #speaker:education #learns:timetables
Raj rings you after sending it. "I've been looking at this for twenty minutes," he says. "If it were any other group of kids, we'd have called it a scandal." #speaker:education #learns:sent-home
-> next

= police_view(-> next)
~ src_police = true
Ian Fowler sends a summary: names, addresses, stop records, and a chart of "associations". #scene:room
Seven of the twelve have been stopped and searched in the past year. Nothing was found on five of them; two had small amounts of cannabis. The summary calls the group a "gang", and the only reason it gives is that the young people are often seen together and come from the same community. #speaker:police
The chart links every name to every other name, each line a time two of them were stopped together. It has very little about the scooter men: a first name and a phone number, and a note that Nico, sixteen, is the one most often seen with them. It has a great deal about the children.
-> next

=== assessment ===
You spread a roll of lining paper across the table in the team room and start a peer-group assessment, as the contextual safeguarding toolkit sets it out: how the group works and who it is; the guardianship around it; and the family, environmental and structural things pressing on it, poverty and racism included. #section:weighting #scene:room
{src_group: Most of the map comes from the young people themselves. Denis at the centre, because he talks; Elena at the edge with the younger girls, because she walks them home; Nico a little apart, with a line out to the scooter men.}
{src_parents: The parents' evenings give you the families behind the names: cousins, a grandmother who feeds half the group on Fridays, fathers working nights.}
{src_police: The police chart sits beside your paper, lines from every name to every other. It shows who was stopped with whom. It does not show who walks whom home, and it would be easy to copy it across as if it did.}
{src_residents: From Maureen's front room you have what the group looks like from the back windows, and what it does not look like: nobody there knew that the group was at risk until you said so.}
{src_schools: From Raj's data you have the shape of the group's days: ten of the twelve free from mid-morning, two with no school at all.}
{not src_group && not src_parents: You realise you have drawn a map of a group you have not met, and nobody who knows it from the inside has checked it. Hannah notices. "We'd never run a family conference without the child's voice," she says. "Why would this be different?" #speaker:coordinator #youth-trust:-1}
Under guardianship you write: almost none during the school day, when the park is empty of adults except the men who come to find them. Under the place and the systems around it: a park with nothing in it{src_schools:, and schools that have quietly sent most of the group home|{src_group or src_parents:, and schools that send most of the group home after an hour or two, though you do not yet know how many or why|, and a question you have not asked: why the group is in the park in school hours}}.
Hannah adds one thing the template does not ask for: the relationships around the group. The schools and the families barely speak. The police and the families speak when something has gone wrong. The residents and the young people do not speak at all. Every agency has, at some point, decided the group "won't engage", and the group has decided the same about every agency.
The question on the lining paper is what the map is for.
-> use_map

= use_map
# facilitator: Using the peer-group map
# facilitator-minutes: 7
# facilitator-point: The map can build on the group’s own protective ties, or mark one boy as the link to the men.
# facilitator-point: Separating young people from a group is a context reading with a behaviour method; it is contested.
# facilitator-finding: The paper contrasts breaking up a friendship group with working with how the group works.
# facilitator-cite: Owens & Lloyd 2023, Competing epistemological positions
# facilitator-ask: If the younger ones are kept away from Nico, who do they have instead?
* [Build the work around the group's own protective ties: keep the group together, and ask Elena and Denis what the group needs #where:context #how:ecological #needs-known:protectors #why:It works with the group's dynamics and the guardians already inside it, acting on the group as a group through its relationships.]
    You draw a second colour over the map: who protects whom. Elena, Denis, the grandmother on Fridays. You write in the margin that the group is not only the risk; it is also what has kept most of them out of the flat on Cobden Parade so far.
    When you ask Elena and Denis what the group needs, they answer at once and differently. Elena: somewhere to be in the daytime that is not the park, and adults who do not start with what they have done. Denis: school, all day, and for the police to know his name for a good reason. Under "what the group needs" you write both.
    It takes an evening you do not have, and it means the assessment will arrive a week later than Lorraine asked. When you ring her, she sighs and moves the date.
* [Mark Nico as the link to the men and ask the school and police to keep the younger ones away from him #where:context #how:behaviour #adopt #agency:social-care #contested #risk:-1 #trust:+1 #harm:-1 #welcome:-1 #cost:Nico, sixteen, is left more alone with the men, and the group learns that telling you things gets a friend marked #benefit:The younger ones spend less time beside the boy the men ring first, starting this week #why:It acts on the group by separating it, a sanction on association, though some would call cutting a child's link to the men protective.]
    ~ nico_apart = true
    You write Nico's name in red. Carol Dent agrees that the school will keep him out of the younger pupils' breaks; Ian agrees that officers will move him on when they see him with the thirteen-year-olds.
    Within a week, two mothers tell {present_community:Ana|the school} that their youngest are home earlier. Nico, Denis says later, has stopped coming to the park in the afternoons. Nobody is sure where he goes instead.
* [Leave the map as a draft until the group has been heard properly #unscored]
    You roll the paper up. A map drawn from outside, you tell Hannah, would be a guess with lines on it. She agrees, and says that a guess is also what the panel will fill the gap with if you bring nothing.
- -> weighting

=== weighting ===
~ src_group = false
~ src_parents = false
~ src_residents = false
~ src_police = false
~ sources = 0
# facilitator: Which context drives the harm
# facilitator-minutes: 7
# facilitator-point: The schools, the men in the park, or the group itself.
# facilitator-point: Ten of twelve sent home on part-time timetables is a fact that asks a question.
# facilitator-finding: In this site, the coordinators named race and racism, asking why so many young people from one community were on very short timetables.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: What would the schools need to hear, and from whom, to look at their timetables without feeling accused?
Then the question the assessment asks of you: which context most drives the harm, and so has to change first? Your answer goes to the panel in your name.
* [The schools: most of the group has been sent home, and nobody has asked why #where:context #how:ecological #needs-known:sent-home #why:It locates the harm in an institution's practice, the reduced timetables that leave the group in the park all day, and looks to change that practice.]
    "The schools," you write. "The group is in the park in the daytime because school sends it home, and the daytime is when the men come." #speaker:you
    Hannah reads it twice. "Then at some point," she says, "somebody's going to have to say why they think it's this group. Which means saying the word nobody wants to say." #speaker:coordinator
* [The men who come to the park for the group: stop them, and the park is safe #where:context #how:behaviour #contested #why:It locates the harm in the adults who exploit the place and looks to deter and disrupt them, a context aim pursued through enforcement, which some would call ecological.]
    "The men," you write. "They're the ones doing the harm." #speaker:you
    Hannah agrees, and adds: "And they can do it because the kids are in the park at eleven in the morning with nothing else to do." She lets it sit. #speaker:coordinator
* [The group itself: what Nico's errands have made normal is drawing the others in #where:context #how:behaviour #why:It locates the harm in the group's own norms and so points towards changing or breaking up the group.]
    "The group," you write. "What's normal in it has shifted, and the younger ones are following." #speaker:you
    Hannah looks at the map for a long moment. "They're cousins and neighbours," she says. "Whatever's normal in that group, it's also the only thing some of them have." #speaker:coordinator
- -> goals

=== goals ===
Lorraine asks you to bring a goal to the professionals' meeting: one sentence the plan will be judged against. Hannah will put the same sentence at the top of the conference, if there is one. #section:goals #scene:room
# facilitator: One sentence to be judged by
# facilitator-minutes: 7
# facilitator-point: Residents, police, schools and young people each think they have come for a different reason.
# facilitator-point: A goal with three parts is harder to write and harder to argue away.
# facilitator-finding: Partners often took a shared approach for granted, so it was rarely negotiated.
# facilitator-cite: Owens & Lloyd 2023, Conclusion
# facilitator-ask: Read each goal aloud as a resident, a parent and a police sergeant would hear it: which would each sign?
Plans go wrong, in Hannah's experience, when the people in the room think they have come for different reasons. The residents think they are there to get the group moved. The police think they are there to reduce calls. The schools think they are there to be told off. The young people think they are there to be told what they have done.
* [Goal: the complaints stop and the group no longer gathers in the park #where:context #how:behaviour #goal #cost:The harm may simply move to where nobody is looking #benefit:Residents, the councillor and the police can see it and measure it within weeks #why:It aims to change where the group is and what it does in the park, a change in behaviour measured by calls.]
    ~ goal = 1
    It is what Ian and the residents want, and it is what the panel can count most easily. Lorraine approves it by email within the hour. Hannah reads it twice and does not comment.
* [Goal: each of the twelve has a named adult and a safety plan that says what the adults around them will do #where:individual #how:ecological #goal #domain:welfare #cost:The park and the schools stay as they are, and twelve plans take twelve workers' time #benefit:Every child gets something concrete and personal quickly #why:It aims at each child, one by one, through the adults and services around them rather than their own choices.]
    ~ goal = 2
    It is the kind of goal children's services knows how to deliver. Lorraine likes it. Hannah says it is good and that it is twelve goals, not one.
* [Goal: every young person in the group in full-time education, the park a safe place for them, and agencies and residents working with them, measured by timetables, by asking the young people and by asking residents #where:context #how:ecological #goal #domain:measure #domain:target #cost:Slow to show, hard to count, and it needs the schools to change something they do not think is wrong #benefit:It aims at the conditions all twelve share, and says how change will be measured #why:It sets out to change the conditions around the whole group, school access, the park and the relationships, and names measures of contextual change.]
    ~ goal = 3
    It is long, and Lorraine asks whether it can be shorter. Hannah says no. "Three things: school, the park, and the relationships. If we only fix one, the other two will undo it." #speaker:coordinator
- -> planning

=== planning ===
Two weeks later the professionals meet in the council offices. Lorraine chairs. #section:discussion #scene:room
It is the meeting where the real decisions get made, as Hannah reminds you on the way in: what the agencies bring, and what they are prepared to change. "Families can only plan with what's on the table," she says. "If the agencies put nothing new on it, the plan will be the old plan with the family's name on the front." #speaker:coordinator
Around the table: Ian Fowler for the police; Carol Dent from Fairfield Academy; Raj Patel from the local authority's inclusion team; Lorraine; Hannah; and you.{present_community: Ana has sent a message to say she is with a family and will come at the end.}
Ian has been under pressure all month. "Residents are at the end of their tether," he says. "I can authorise a dispersal direction for this weekend, forty-eight hours, and the council's community safety team are ready to consult on a Public Spaces Protection Order for the park. It will move the group on and give everyone breathing space while you do your conference." #speaker:police #name-it:context-behaviour #why:A dispersal direction and a protection order act on the park by moving the young people out of it.
Lorraine looks round the table, and then at you. "It's your assessment. Where do you stand?" #speaker:social-care
-> dispersal

= dispersal
# facilitator: Dispersal and a protection order
# facilitator-minutes: 7
# facilitator-point: A dispersal direction for the weekend and a consultation on a Public Spaces Protection Order answer residents quickly.
# facilitator-point: Putting police effort into the two men aims at the adults, with its own delay and uncertainty.
# facilitator-finding: A coordinator in this site said plainly that the work should be about engaging young people rather than dispersing them, while some residents still wanted them moved on.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: Where do the twelve go on the weekend of a dispersal direction, and who finds out?
* [Support the dispersal direction this weekend and the consultation on a protection order #where:context #how:behaviour #adopt #agency:police #key #pressure #harm:-2 #displacement:+2 #welcome:-2 #anxiety:-2 #trust:+1 #youth-trust:-2 #cost:The group loses the one place it gathers in sight of houses, and goes where nobody sees it #benefit:The complaints fall at once, residents and the councillor see action, and Ian's trust in the process rises #why:It changes where the group may be through a police power, acting on the place by moving young people out of it.]
    ~ dispersed = true
    "If it buys the conference time," you say, "I'll support it." #speaker:you
    The direction goes in on Friday. By Saturday the park is quiet for the first time in a year, and Maureen rings Ian to thank him. {present_community: On Monday Ana tells you|On Monday a school nurse tells you} that most of the group now spends its evenings at the underpass by the ring road, where there are no houses at all.
* [Ask Ian not to disperse, and to put police effort into identifying and warning the two men instead #where:context #how:behaviour #adopt #agency:police #contested #domain:welfare #harm:-1 #trust:-1 #anxiety:+1 #cost:Residents get nothing visible this weekend, and Ian has to defend that to a councillor #benefit:Police time goes on the adults doing the harm, not the children being harmed #why:It acts on the context by deterring and disrupting the adults who exploit it, enforcement aimed at the right people, which some would count as ecological.]
    "If you move them, you move them towards the men," you say. "Can we aim at the men instead?" #speaker:you
    Ian is not happy. "Then I need something to tell residents," he says. You offer him the conference: residents in the room, and heard. He agrees to hold off for six weeks, and says plainly that if there is another incident he will not hold off again. The phone number the school nurse passed on is a pay-as-you-go; he cannot promise anything quickly. #speaker:police
- -> education

= education
Carol Dent, deputy head of Fairfield Academy, explains the school's position. She is not defensive; she is tired. #speaker:school
"The reduced timetables are a behaviour measure. These young people struggled in full-time lessons, and we had to think about everyone else in the class. We'd support mentoring or the police diversion programme to help them build back up." #speaker:school #name-it:individual-behaviour #why:Shortened days, mentoring and diversion each work on how one young person behaves, and leave the school as it is.
-> education_choice

= education_choice
# facilitator: The reduced timetables
# facilitator-minutes: 8
# facilitator-point: Part-time timetables are meant to be temporary, with a review date; most of these have none.
# facilitator-point: Naming race may cost trust with the schools before it builds any; leaving it for later is also a choice.
# facilitator-finding: The site this draws on raised the possibility of racial discrimination in schools openly, and education providers looked at their own unconscious bias; the authors describe it as brave.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: How would you raise the question of race with a partner school in a way that keeps them at the table?
# facilitator-ask: What would your own agency’s figures show if someone asked the same question of you?
* {not src_schools} [Ask Raj to pull the group's timetable figures before anyone decides #unscored]
    ~ src_schools = true
    Raj excuses himself and comes back twenty minutes later with a printout, which he puts face down in front of Lorraine and then turns over. Ten of the twelve are on reduced timetables of one to three hours a day; across the same schools the figure is under two in a hundred. None of the ten has a review date. #speaker:education #learns:timetables
    Carol reads it upside down and says nothing.
    -> education_choice
* [Accept the timetables for now: refer the group to mentoring, and six of them to the police diversion programme #where:individual #how:behaviour #adopt #agency:school #service:mentoring #anxiety:-1 #risk:-1 #trust:+1 #cost:The timetables stay, so the group is still in the park from mid-morning, and six are labelled as offenders in waiting #benefit:Both services are commissioned and start this month, six of the group are off the park two afternoons a week, and the school feels heard #why:It offers each young person one-to-one support and a structured programme to change how they behave and cope, and leaves the school's practice as it is.]
    ~ school_choice = 1
    The referrals are made that afternoon. Ian refers six of the twelve to the diversion programme, which runs football and workshops on "consequences" two afternoons a week; for those afternoons, six of the group are not in the park. Four take up a mentor. The mentoring sessions are at two o'clock, when the young people are already in the park, so the mentor meets them on the bench frame; two keep going, and Nico tells her she is the first adult who has asked him about his weekends. Denis asks {present_community:Ana|his mother} what he is being diverted from. Nobody has a good answer.
* [Ask Raj to review every reduced timetable that has no review date, and leave the question of why it is this group for later #where:context #how:ecological #adopt #agency:education #guardianship:+1 #welcome:+1 #time:-10 #cost:The question of why it is this group goes unasked, and may come back #benefit:The school agrees at once, and nobody in the room is put on the defensive #why:It changes an institution's practice, the unreviewed timetables, without naming what may lie behind them.]
    ~ school_choice = 3
    Carol agrees with visible relief. Raj will review every reduced timetable without a review date in the borough's secondary schools, starting with Fairfield. It is a real change, and nobody has had to say anything difficult to get it.
* [Name it: ask the schools to look at why ten of twelve children from one community are on reduced timetables, including whether race is playing a part, and to end every timetable without a review date #where:context #how:ecological #adopt #agency:education #key #needs-known:timetables #domain:target #domain:welfare #guardianship:+2 #welcome:+1 #trust:-1 #anxiety:+1 #youth-trust:+1 #cost:Carol Dent and her head teacher feel accused, trust between school and panel falls, and a complaint is likely #benefit:It opens the conditions that keep the whole group out of school, and the families hear it said #why:It asks an institution to change its practice and to examine the assumptions behind it, acting on the conditions for every child in the group.]
    ~ school_choice = 4
    The room goes very quiet. "I'm going to say the word," you say. "If ten of the twelve children in this group are on an hour or two a day, and fewer than two in a hundred other pupils are, we have to ask whether assumptions about children from their community are part of why. I'm not accusing anyone. I'm asking us to look." #speaker:you
    Carol's face goes through several things. Raj speaks before she does. "I'll support that," he says. "The data's the data." After a long pause Carol says she will take it to her head teacher, and that she would like it minuted that she was not consulted before it was raised. Lorraine minutes both. #speaker:school
- -> conference

= conference
~ src_schools = false
The last question is what kind of meeting the conference will be. It is Hannah's to run, but the panel has to agree it, and Lorraine asks for your view before she decides.
Hannah puts her proposal plainly. "A full community conference: young people, parents, residents, schools, police, Ana, in a room on the estate. Private family time for the young people and their families to plan without professionals, the way family group conferences always work." #speaker:coordinator #name-it:context-ecological #why:It makes the group and the park the subject of the plan and changes the relationships around them.
# facilitator: What kind of meeting
# facilitator-minutes: 7
# facilitator-point: A full community conference puts young people, families, residents and agencies in one room on the estate.
# facilitator-point: A professionals’ meeting is safer to run and leaves families to receive a plan made without them.
# facilitator-finding: This site used family group conference methods to run community conferences, and it was the only pilot where the partnership openly discussed whether a response was behaviour-based or ecological.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: What would need to be in place for your agency to send someone senior to a meeting on the estate?
Lorraine is worried. "What if residents say something racist in front of the kids?" she asks. #speaker:social-care
* [Back Hannah: a full community conference, with young people, families, residents and agencies #where:context #how:ecological #adopt #agency:coordinator #needs:resident #needs:community #domain:partnership #guardianship:+1 #welcome:+2 #youth-trust:+1 #trust:+1 #time:-10 #cost:Weeks of preparation visits, and the real risk that a resident says something hurtful in front of the children #benefit:Everyone with a stake in the park is in the room and has a part in the plan #why:It changes the relationships around the park by bringing young people, families, residents and agencies into one plan, working on the conditions rather than the group's conduct.]
    ~ conf_full = true
    "Ground rules, agreed with everyone beforehand, separately," you say. "I'll do the residents with Hannah. Ana does the families." #speaker:you
    Lorraine agrees. It costs you four evenings. The conference is set for a Saturday in the community centre by the park.
* [Propose a professionals' planning meeting instead, and take the outcome to families and residents afterwards #where:context #how:ecological #adopt #agency:social-care #harm:0 #anxiety:-1 #cost:Families, residents and young people hear the plan second-hand and had no hand in it #benefit:It is quicker, and no child is exposed to a hostile room #why:It is a planning meeting about the group and the place that mobilises agencies around them, though without the families and residents it changes fewer of the conditions.]
    "I'd rather the agencies agreed what they'll offer first," you say. "Then we take it to families without anyone being ambushed." #speaker:you
    Lorraine agrees. It is safer and quicker; the plan is drafted in an afternoon. A meeting on the Saturday, at the community centre by the park, will present it to whichever families come.
- -> pressure

=== pressure ===
Ten days before the Saturday, Roxana's father reports her missing at midnight. A patrol finds her at four in the morning in the stairwell of the flat on Cobden Parade, with two adult men. She is unhurt, she says. She says they are friends. #section:pressure #risk:+2 #anxiety:+2
Maureen's neighbours hear about it by breakfast. By lunchtime there is a new petition, and the councillor has emailed the director of children's services.
Ian rings you to say he has been told to do "something visible" by the weekend. "I'm not asking your permission," he says. "I'm telling you what's coming." #speaker:police
Lorraine calls the professionals together that afternoon. #scene:room
{anxiety >= 7: The room is frightened. Carol has a proposal for Nico, Ian has a plan for the weekend, and heads are nodding before either has finished.|The room is frightened but steady. People want to act, and Lorraine is looking at you.}
Carol speaks first. "Nico is the link. We can arrange a managed move for him to Holmwood, across town. They'll take him full time." #speaker:school
Ian wants a weekend operation: stop and search the group, a forty-eight-hour dispersal direction on the park, and an officer at Roxana's door to tell her father she is "associating with adult males". Then he says something else. #speaker:police
"And Roxana needs a strategy meeting today. She's a fourteen-year-old found with two adult men at four in the morning. That's a child being exploited, not a missing-from-home." #speaker:police #name-it:individual-ecological #why:A strategy meeting mobilises adults and services around one child rather than asking her to change.
-> decide

= decide
# facilitator: Roxana is found
# facilitator-minutes: 10
# facilitator-point: A weekend operation, a managed move for Nico, or a strategy meeting for Roxana as a child being exploited.
# facilitator-point: The sergeant himself names Roxana as a victim: pressure does not always come from one agency.
# facilitator-finding: Under high risk, partnerships tended to rely on police-led methods aimed at individuals; the authors link this to anxiety and to who is seen as expert outside the home.
# facilitator-cite: Owens & Lloyd 2023, Discussion: Extra-familial harm
# facilitator-ask: What will the group in the park take from each of these, by Monday?
# facilitator-ask: Which option keeps the conference date alive, and does that matter?
* [Support the weekend operation: searches, a dispersal direction and a police visit to Roxana's family #where:context #how:behaviour #adopt #agency:police #pressure #displacement:+2 #harm:-1 #welcome:-2 #anxiety:-2 #trust:+1 #youth-trust:-2 #cost:The group is scattered further from adults, and Roxana's family now fear the police #benefit:The park is quiet, the councillor has his visible action, and residents' trust in the police rises #why:It acts on the group and the park through search, dispersal and warning, changing where the young people are and what they do.]
    ~ pressure_choice = 1
    The operation goes ahead on Saturday. Nine young people are searched; two are found with small amounts of cannabis and given community resolutions. The park is empty all weekend, the councillor thanks Ian by name, and for the first time in a month nobody rings the station about Fairfield park. Roxana's father, told what the officer told him, keeps her indoors. {present_community:Ana|Her school} says she is furious, and for now she is at home at night.
* [Agree Carol's managed move for Nico to Holmwood #where:individual #how:behaviour #adopt #agency:school #pressure #risk:-1 #anxiety:-1 #youth-trust:-1 #cost:Nico loses his cousin and friends, two bus rides from home, and the men can find him at a new gate #benefit:Nico is in school all day for the first time in a year, and the younger ones lose their link to the men #why:It moves one young person away from the group and the place to change what he does, a relocation of one child.]
    ~ pressure_choice = 2
    Nico starts at Holmwood on Monday, full time, on two buses. The first week he goes every day. Denis says the group is quieter without him and that he misses him, in the same sentence. Roxana's situation is passed to her allocated worker to follow up.
* [Back Ian's strategy meeting for Roxana as a child being exploited, and keep the conference date #where:individual #how:ecological #adopt #agency:police #domain:welfare #time:-10 #anxiety:+1 #youth-trust:+1 #trust:+1 #cost:Residents and the councillor see nothing this weekend, and the risk from the men stays open while the police work #benefit:Roxana has adults and services around her, with her family included, and a plan that does not rely on her staying in #why:It mobilises adults and services around one child under Working Together rather than asking her to change what she does.]
    ~ pressure_choice = 3
    Lorraine convenes the strategy meeting that afternoon, with {present_community:Ana present so that Roxana's parents are properly included|an interpreter booked for Roxana's parents}. It agrees a section 47 enquiry and a plan that says what the adults will do: who collects Roxana, who she can ring, and what the school will do if she is absent. The police will try to trace the phone number and the flat's tenancy; Ian says it will be weeks, not days. Nothing happens in the park that residents can see, and the councillor's email goes unanswered until Monday.
- -> restorative

=== restorative ===
The Saturday comes. Whatever has been decided before it shapes who comes and how they feel when they walk in. #section:conference #scene:park
{conf_full:It is held in the community centre beside the park, because that is where the young people are, and because, Ana says, it is the one building on the estate everyone has been to for a wedding or a funeral. Hannah has set the chairs in a circle. There is food, chosen with the families, and an interpreter, booked by Ana, for the two parents who prefer to speak their first language.|It is held in the community centre beside the park. Hannah has set the chairs in rows facing a screen, because it is a meeting to present a plan, and there is an interpreter, whom you booked.}
Hannah opens it. She says why everyone is there and what will happen{conf_full:, and that the people closest to the children will have time on their own to make their plan|, and that the plan on the screen is a draft}. Then she says something you have never heard her say at a family conference: that this one is about a place and a group, and that the agencies are there to be asked things, not just to ask them. You sit with the agencies, where your part is to answer.
{conf_full:Maureen comes, with four neighbours. Ana has brought eleven of the twelve young people and most of their parents.|Only one resident comes, and leaves after the first hour. Four families come; several say they had the letter, in English, a week before.}
{dispersed:The young people who come arrive from the direction of the ring road, not the park.}
{pressure_choice == 1:Roxana is not there. Her father is, and sits by the door.}
{conf_full:The room is tense for the first hour. Then Denis says, to the residents, that he is sorry about the bench, that he did not pull it off but knows who did. Maureen laughs despite herself.|The room is polite and tense. Denis reads the plan on the screen and asks whose plan it is.}
# facilitator: Repair before planning
# facilitator-minutes: 6
# facilitator-point: A restorative meeting first costs time on a day with a lot to agree.
# facilitator-point: Going straight to the plan risks a plan nobody in the room believes in.
# facilitator-finding: In this site, a restorative meeting was held to repair relationships between agencies and between residents and young people before a safety plan was made together.
# facilitator-cite: Owens & Lloyd 2023, Discussion: The dynamics of multi-agency partnerships
# facilitator-ask: What relationship in your own partnership would need repairing before you could plan together?
At the break Hannah takes you aside. Relationships in this room are badly broken, she says, and she would like to do what she does in family conferences when they are: a restorative meeting before any planning, so that residents, young people, families and agencies can each say what has happened to them and what they need before anyone proposes anything. It will take the rest of the morning. She wants to know whether you, from the agencies' side, will back her. #speaker:coordinator
* [Back the restorative meeting first, then build the safety plan together #where:context #how:ecological #adopt #agency:coordinator #needs-trust:4 #domain:partnership #guardianship:+1 #welcome:+1 #trust:+2 #youth-trust:+1 #time:-20 #cost:The whole morning, an uncomfortable hour for every agency, and a plan that is not finished by the time the hall must be cleared #benefit:Relationships between agencies, residents and young people are repaired before anyone plans, so the plan has owners #why:It works on the relationships around the group and the park before any plan, changing the conditions in which the plan has to work.]
    It takes the whole morning. A mother tells the schools what it felt like to be sent a letter she could not read. {conf_full:A resident tells the young people she has been frightened to walk through the park for a year.|The one resident who came has gone, and Hannah says so aloud.} Denis tells Ian how many times he has been searched. {school_choice == 4:Carol Dent, who came in Raj's place, says the school is reviewing every reduced timetable, and that she is ashamed of some of what she has found.|Carol Dent says the school will look again at the timetables, and a father asks her, politely, when.} After lunch the plan is started, not finished; Hannah books a second session for the following month.
* [Go straight to the safety plan: there is a lot to agree and not much time #where:individual #how:behaviour #adopt #agency:social-care #pressure #anxiety:-1 #risk:-1 #cost:Several young people do not sign, and the plan rests on promises made by them rather than by the adults #benefit:A signed plan by three o'clock, and something to report to the panel on Monday #why:It asks each young person to commit to what they will do, the I will lines of a behavioural safety plan.]
    You tell Hannah the agencies would rather plan while everyone is still in the room. She does it your way. The plan is agreed by three o'clock. Each young person's page lists what they will do: be home by nine, stay away from Cobden Parade, attend every hour of their timetable. {conf_full:The residents sign it.|The families present sign it.} Several young people do not.
- In the car park afterwards, Hannah asks what you think the young people will remember of the day. You say: whether anyone listened. She says that is what families remember too, and that in nine years she has never seen a plan survive when they felt they had not been heard. #speaker:coordinator
"The agencies have had to sit in a room with the children they've been writing about for a year," she says. "That's not nothing. It's not enough. But it's not nothing." #speaker:coordinator
-> first_timeskip

=== first_timeskip ===
~ conf_full = false
# facilitator: Three months on
# facilitator-minutes: 4
# facilitator-point: The park and the group move on from what was adopted; ask the room to predict what each agency will report.
# facilitator-finding: Changing the conditions took repeated discussions in supervision and with others; the coordinators found it energising and hard.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: Who has the group got to know in three months, and who has lost touch with it?
Three months later. #timeskip:Three months later #section:timeskip #scene:park
Three months is a school term, and the length of time Ian promised to give the conference before he would be asked again for something visible.
You go back to Fairfield on a Wednesday afternoon, at the same time as your first visit, to see who is in the park when most children are in school.
{
- outcome_place == "watched-over":
    The park is different in ways residents notice first. {present_community:Ana runs a session by the community centre on two afternoons a week.|The council's youth service runs a session by the community centre on two afternoons a week.} {present_resident:Maureen's neighbours say hello. The bench is back on its frame, fixed by Denis and his cousins with bolts Maureen's husband had in the shed.|Some of the neighbours say hello.}
- outcome_place == "quiet-but-displaced":
    The park is quiet. The group has gone: to the underpass, to the retail park, to places nobody on the panel knows. Residents are pleased. {present_community:Ana is worried.|The school nurse who wrote the second half of the referral is worried.}
- else:
    The park is much as it was: calmer some weeks, no better on others.
}
{
- outcome_young_people == "connected":
    Eight of the twelve are now in school full time. Denis is in Year 11 and sitting his mocks at a school that, he says, "actually wants me there". Roxana talks to {present_community:Ana|her allocated worker} most weeks.
- outcome_young_people == "out-of-sight":
    Nobody is sure where most of the group spends its days. {school_choice >= 3:The timetable review has started, but it has reached only two of the twelve.|The reduced timetables are still in place.} Roxana has been reported missing twice.
- else:
    Some of the group are in school for longer. Others are not. Roxana is safer, some weeks.
}
{nico_apart or pressure_choice == 2:Nico {pressure_choice == 2:still goes to Holmwood most days; on the days he does not, nobody at Fairfield knows where he is.|is seldom in the park now. Denis says he sees him at the underpass with people Denis will not name.}}
{
- outcome_partnership == "trusting":
    Something has shifted in the partnership. The agencies ring each other before they act, and the meetings are shorter because people agree. {school_choice >= 3:The schools now ring Raj before putting any child on a reduced timetable.|Carol and Ian speak most weeks, mostly about which of the group is where.} {pressure_choice != 1 && not dispersed:Ian says it is the first time residents have thanked him for not arresting anyone.|Ian says residents have thanked him, for the first time in years, for a quiet term.}
- outcome_partnership == "reporting":
    The agencies each report their part of the plan. They are polite to each other, and careful. {school_choice == 4:Nobody has mentioned race since the planning meeting.|Nobody has asked again why it was this group.}
- else:
    Relationships have broken down. {school_choice == 4:The school has complained to Lorraine about being "accused of racism".|The school and the police each say the other has not done its part.} {present_community:Ana still runs what she runs on the estate, but she has stopped coming to the panel's meetings; she will not bring families, she says, to meetings where the agencies argue about who is to blame.|Nobody from the estate has ever come.}
}
~ nico_apart = false
~ dispersed = false
{pressure_choice == 2: 
    ~ pressure_choice = 0
}
-> review

=== review ===
The review is held in the community centre, not the council offices, at Hannah's suggestion. Lorraine chairs again. Most of the people who were at the professionals' meeting come back. #section:review #scene:room
Lorraine starts with the goal the panel set, and asks you, as the case holder, to say how far the plan has met it.
{
- goal == 1:
    You set out to stop the complaints and to have the group no longer gathering in the park. {outcome_place == "quiet-but-displaced":By that measure it has worked: calls are down and the park is empty in the afternoons. You say so, and then you say where the group goes instead, and Lorraine writes both down.|By that measure it is half done: the calls are fewer, but the group still gathers, and the goal had no words for whether that is good or bad.}
- goal == 2:
    You set out to give each of the twelve a named adult and a plan of what the adults will do. {outcome_young_people == "connected":Most of them have one, and most of the named adults are still there. What the goal did not ask about, the park and the schools, has moved too, and you say that this was the other actions, not the goal.|Nine of the twelve have one. The plans are good plans; the park and the school days around them are much as they were, and the goal never asked about either.}
- else:
    You set out to get the group into full-time education, to make the park safe for them, and to have agencies and residents working with them. {outcome_young_people == "connected":The timetables say most of the group is in school full time; the young people say the park feels different; {present_resident:Maureen says the same.|no residents have been asked, because none were involved.}|The timetables have moved less than you hoped, the young people say the park feels the same, and {present_resident:Maureen's neighbours are split.|no residents have been asked, because none were involved.}} You read out all three measures, as the goal said you would.
}
# facilitator: Naming what the panel did
# facilitator-minutes: 6
# facilitator-point: Talking it through action by action takes time and may show the plan pulling two ways.
# facilitator-point: Saying it matters less what you call it is quicker, and a common view.
# facilitator-finding: Only one pilot showed partnerships discussing whether their responses were behaviour-based or ecological; practitioners there found it opened up more collaborative work with less blame.
# facilitator-cite: Owens & Lloyd 2023, Discussion
# facilitator-ask: Does naming the orientation of a response change what you do next, or only how you describe it?
Then Hannah asks a question she says the research team supporting the pilot will want answered: was what the panel did aimed at behaviour, or at the conditions around it?
* [Talk it through with the partnership, action by action, and write the answer down #unscored]
    It takes an hour. Some actions were clearly one or the other. {school_choice == 1:The referrals for individual work were aimed at behaviour; they did something for the young people who took them up, and left the school days as they were.} {school_choice >= 3:The timetable review was aimed at the conditions for all twelve.} {pressure_choice == 1:The weekend's dispersal was aimed at where the group could be, and Ian says, fairly, that it gave everyone the quiet they asked for.} Ian says it is the first time he has been asked to think about why, not just what. Carol says she would like her staff to have the same conversation.
* [Say it matters less what you call it than whether it works, and move on #unscored]
    Lorraine moves on; the agenda is long. Hannah lets it go. Later she says that if you cannot say what kind of thing you did, you will not know which part to do again.
- ~ goal = 0
{school_choice < 4:
    ~ school_choice = 0
}
Lorraine asks what the panel should put into the plan for the year ahead. The budget holder is in the room; one thing can be funded, and she wants your recommendation. {anxiety >= 7:Ian has the councillor's latest email open on his phone, and the room is leaning towards whatever will end the emails.}
-> year_choice

= year_choice
# facilitator: What to fund for the year
# facilitator-minutes: 8
# facilitator-point: Sessions with the families, the youth service, a protection order, patrols and warning notices, or closing the case.
# facilitator-point: Each option has a real constituency at the table.
# facilitator-finding: The authors see green shoots where partnerships increased positive activities, changed how adolescents were seen and tackled structural harm such as racism.
# facilitator-cite: Owens & Lloyd 2023, Discussion
# facilitator-ask: Which option would the twelve young people choose, and have they been asked?
# facilitator-ask: What would each agency need to report in a year to justify its choice?
* [Ask Lorraine for ten minutes first: what is each agency worried about now? #pause #unscored]
    Lorraine gives you the ten minutes. You ask each person what they are most worried about for the year ahead. Ian says the councillor, and a summer of calls. Carol Dent says inspection, and being blamed. Lorraine says another girl on a stairwell at one in the morning. Raj, quietly, says he is worried the panel will stop looking once the calls stop. Nobody changes their mind, but everybody has heard everybody else. #speaker:you
    -> year_choice
* {present_community} [Recommend funding Ana's afternoon sessions at the community centre for a year, with a girls' group run with two of the mothers #where:context #how:ecological #adopt #agency:community #key #guardianship:+2 #welcome:+1 #youth-trust:+1 #trust:-1 #cost:A year of a worker's salary from the early help budget, which means something else is not funded #benefit:Caring adults in the place in the hours when the group is there #why:It adds guardianship and welcome in the place itself, changing who is there when the young people are.]
    Lorraine finds the money by not renewing something else, and tells you which thing. It is a service another team relies on, and its manager emails you about it twice.
* {not present_community} [Recommend funding the council's youth service to run afternoon sessions at the community centre for a year #where:context #how:ecological #adopt #agency:social-care #key #guardianship:+2 #welcome:+1 #youth-trust:+1 #trust:-1 #cost:A year of two youth workers from the early help budget, which means something else is not funded #benefit:Caring adults in the place in the hours when the group is there #why:It adds guardianship and welcome in the place itself, changing who is there when the young people are.]
    Lorraine finds the money by not renewing something else. The youth service can start in six weeks, with two workers who have never met the group.
* [Support the council's consultation on a Public Spaces Protection Order for the park: no groups of more than three after eight in the evening #where:context #how:behaviour #adopt #agency:police #pressure #displacement:+2 #harm:-1 #welcome:-2 #anxiety:-1 #trust:+1 #cost:Young people lose the right to gather in their own park for up to three years, and the harm moves where nobody is watching #benefit:Residents and the police have a lasting power, complaints fall, and the consultation shows residents they were listened to #why:It restricts who may gather in the place by law, changing where young people may be rather than the conditions there.]
    The consultation runs for six weeks. Most residents who respond are in favour. The order is made in the spring and will last three years unless it is varied.
* [Ask Ian for regular patrols of the park and Cobden Parade, and child abduction warning notices for any adult found with the younger girls #where:context #how:behaviour #adopt #agency:police #contested #harm:-1 #welcome:-1 #risk:-1 #trust:+1 #cost:Young people feel watched in their own park, and patrols end when the overtime does #benefit:The adults who exploit the place know they are being watched, and residents see officers #why:It deters and disrupts the adults who exploit the place through police presence and warnings, enforcement aimed at the context, which some would count as guardianship.]
    Ian agrees to two patrols a week for the rest of the year, for as long as the overtime lasts. A warning notice can be served on an adult who is with a girl under sixteen without her parents' permission; he says he will serve them where the evidence allows.
* [Close the case at the panel: the plan is in place and concerns are being addressed #unscored]
    Lorraine closes it with a note that it can be reopened. It frees an hour of every professionals' meeting for the cases queuing behind it.
- -> second_timeskip

=== second_timeskip ===
# facilitator: A year later
# facilitator-minutes: 5
# facilitator-point: The ending follows from the place and the partnership.
# facilitator-point: Compare it with the one sentence the panel chose to be judged by.
# facilitator-finding: Practitioners working ecologically in this site described the work as feeling new and needing courage.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: What took courage in this scenario, and from whom?
A year later. #timeskip:A year later #section:ending #scene:park
A year on, the research team asks you to describe the work in one sentence for their report. You find you cannot, and go back to the park instead.
{school_choice == 4:On the way you think about the word you said in the planning meeting, and how long it took you to decide to say it. Some of the people in that room have not forgiven you. Some have thanked you since. You are still not sure which group is larger.|On the way you think about the planning meeting, and the question about the timetables that nobody asked out loud. You are not sure whether it would have changed anything. You are not sure it would not.}
{
- outcome_young_people == "connected":
    -> ending_engaged
- outcome_young_people == "out-of-sight":
    -> ending_dispersed
- else:
    -> ending_unfinished
}

= ending_engaged
It is a Saturday afternoon, and Fairfield park has a football match in it. #ending:engaged
Ten of the twelve young people are in full-time education or training. Roxana is fifteen and goes to a girls' group in the community centre on Thursday evenings. {pressure_choice == 3:The police enquiry begun at her strategy meeting is still open; there has been no charge, and the flat on Cobden Parade has new tenants.|The flat on Cobden Parade has new tenants. Nobody on the panel knows where the men went.}
{school_choice == 4:Fairfield Academy reviewed every reduced timetable in the school. It ended nineteen of them, across all its pupils, and its staff spent two training days on bias in exclusion decisions. Carol Dent told a regional conference it was the hardest and most important thing the school had done that year.|The reduced timetables of the twelve ended one by one over the year, as each young person's plan came up for review. Nobody asked why so many of them had been from one community, and the school's figures for other pupils from that community have not been looked at.}
The residents still complain, sometimes, about noise. {present_resident:They complain to people they now know by name, rather than to the police.|They complain to the police, who pass it on.} Ian describes the work as "revolutionary", and then looks embarrassed. The panel has asked Hannah to run two more conferences, and asked you to write the assessments.
-> END

= ending_dispersed
It is a Saturday afternoon, and Fairfield park is empty. #ending:dispersed
The plan worked in the sense that the group no longer gathers there. The residents' complaints stopped within a month; the petition was withdrawn, and Maureen wrote to thank Ian.
Most of the young people are still on reduced timetables. Three have been excluded permanently. Denis was arrested in the spring carrying a parcel for men he met at the underpass; he says he did it because they were the only people who asked him to do anything. {pressure_choice == 1:Roxana's family moved away in the summer, after the police visit; nobody knows where, and no other school has asked for her records.|Roxana's family moved away in the summer; nobody knows where, and no other school has asked for her records.}
At the panel, the case is recorded as closed, "concerns addressed". {present_community:Ana no longer comes to meetings. When you see her in town she says, without anger, that it went the way it always goes.|Nobody from the estate was ever at the meetings, so nobody from the estate says anything about how they ended.}
-> END

= ending_unfinished
It is a Saturday afternoon, and Fairfield park is busy and uncertain. #ending:unfinished
Some of the group are doing well. Five are in school full time; Denis is one. The scooter men have not been seen on the estate for months, which may mean they have stopped or may mean they have moved.
Some are not. {school_choice == 4:The schools reviewed every timetable, but the review stalled when Carol Dent moved to another school, and two of the twelve are back on an hour a day.|The timetables of some of the twelve were lengthened and some were not, and nobody can quite say who decided which.} {present_resident:The residents are divided: some have become friends of the group, some have started a new petition.|The residents were never asked to be part of it, and some of them have started a new petition.}
At the last review Hannah said the work had opened a door and the partnership had not quite walked through it. You agreed. You also agreed, both of you, that you would rather have opened it than not.
-> END
