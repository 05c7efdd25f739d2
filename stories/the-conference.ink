# title: The Conference
# summary: A group of teenagers from the town's Roma families gathers in a park on the Fairfield estate. Residents want them moved on, and older men are targeting them. You coordinate family group conferences, and you have been asked to try something new.
# themes: criminal and sexual exploitation (not described in detail), racism and discrimination in schools, residents' hostility towards young people
# minutes: 20 to 30
# site: E
# setting: A park and an estate, a community centre, and a conference
# place: park
# order: 5
# start: risk 6, anxiety 6, trust 3, youth-trust 2, time 90, guardianship 2, welcome 2, pull 6, harm 6, displacement 1
# present: police, school, education, social-care, coordinator
# commissioned: mentoring, diversion-programme
# cast: you = You, family group conference coordinator
# cast: coordinator = Hannah Price, your co-coordinator
# cast: police = Sergeant Ian Fowler, neighbourhood policing
# cast: school = Carol Dent, deputy head, Fairfield Academy
# cast: education = Raj Patel, inclusion officer, the local authority
# cast: social-care = Lorraine Adey, team manager, children's services
# cast: community = Marius Stan, community development worker
# cast: resident = Maureen Platt, resident on Fairfield Road
# cast: young-person = Denis, 15
# cast: young-person-2 = Roxana, 14
# research: In this site, family group conference coordinators ran community conferences for a peer group from a minoritised ethnic community, referred because of the risk of criminal and sexual exploitation in a park. When they spoke with the young people, the professionals and the residents, they found that very limited access to education was part of what made the group unsafe.
# research: The coordinators' conference took on two things: the breakdown in relationships between the agencies meant to provide services, and the assumptions about the group's ethnicity that might lie behind the missing provision. They named race and racism, and asked why so many of the group's young people were on reduced timetables. Some residents wanted the group moved on; the coordinators argued for engagement rather than dispersal.
# research: This was the only pilot in which the authors saw people ask, out loud, whether their responses were aimed at behaviour or at the conditions around it. A restorative meeting repaired relationships between agencies, residents and young people before a safety plan was made together. Practitioners described the work as exciting and as needing courage, from those leading it and from those asked to change.
# cite: Owens & Lloyd 2023, Findings: "Safeguarding practice targeting the social conditions"
# cite: Owens & Lloyd 2023, Discussion: "The dynamics of multi-agency partnerships"
# cite: Owens & Lloyd 2023, Conclusion

VAR anxiety = 6
VAR present_resident = 0
VAR present_community = 0
VAR outcome_young_people = "mixed"
VAR outcome_place = "unsettled"
VAR outcome_partnership = "reporting"
VAR sources = 0
VAR heard_group = false
VAR named_racism = false

-> referral

=== referral ===
The referral reaches the multi-agency safeguarding panel on a Tuesday and is passed to you by Thursday, with a note from the panel chair: "Worth trying your approach on this one?" #section:referral #scene:room
You coordinate family group conferences. For nine years you have brought families together to make their own plans for their children: parents, grandparents, aunts, neighbours, anyone who matters to the child. This is different. The referral is about a group of twelve young people, aged thirteen to sixteen, most of them from Roma families who settled on the Fairfield estate over the last decade. They gather most evenings in Fairfield park.
The referral has two halves that do not quite fit together. The first half, from the police, describes anti-social behaviour: noise, litter, a broken bench, complaints from residents on Fairfield Road. The second half, from a social worker, describes older men from outside the estate who have been seen giving the boys lifts and the girls gifts, and a fourteen-year-old girl found in a car at two in the morning. #speaker:police
Your co-coordinator, Hannah Price, reads it over your shoulder. "Two referrals stapled together," she says. "Nuisance at the front, exploitation at the back." #speaker:coordinator
You have seen referrals like this before, though never quite this shape. Usually the nuisance and the exploitation arrive separately, in different systems, to different teams, and each team deals with its own half. Here they have arrived together, on one form, about one group of children, and whoever picks it up will have to decide which half to believe is the real story.
At the panel, Sergeant Ian Fowler is clear about what residents want. "They want the group moved on. I've had a petition, three councillor emails and a woman on the phone every night. I can put a dispersal order on the park tomorrow." #speaker:police
You drive past the park on your way home that evening, because you always look at a place before you meet the people in it. It is a small park: a playground, a field, a shelter with a broken bench, and a line of tall hedges along the backs of the houses on Fairfield Road. There are eight young people under the shelter, talking and laughing. From the road they look like any group of teenagers. From the back windows of Fairfield Road, you imagine, they look like something else.
Lorraine Adey, the children's services team manager who referred it, says she does not know what would help. "We've tried individual work with four of them. They don't engage. They don't trust us. Honestly, I'm hoping you'll have a different idea." #speaker:social-care
* [Say that this is a group of children at risk of exploitation, and that the conference will be about keeping them safe, not moving them on #where:context #how:ecological #domain:welfare #trust:+1]
    "I'll take it," you say, "on one condition: that we treat this as a safeguarding matter about a group of children, not an anti-social behaviour matter about a nuisance. It shouldn't be about dispersing them. It should be about engaging them." #speaker:you
    Ian frowns, but he writes it down. Lorraine looks relieved.
* [Agree to start from the complaints, since that is what residents and the police need addressed #where:context #how:behaviour #anxiety:-1]
    "Let's start where the pressure is," you say. "If we can calm things with residents, we'll have room to do the rest." #speaker:you
    Ian nods. Hannah says nothing until you are back in the car, and then says only: "Careful." #speaker:coordinator
* [Ask for a list of the twelve young people, so each can have an individual assessment #where:individual #how:behaviour #youth-trust:-1]
    "I'd like names and dates of birth," you say, "and each of them assessed." #speaker:you
    Lorraine sends the list that afternoon. Four of the twelve already have social workers. Hannah points out that the last four assessments each concluded that the young person "would not engage".
- -> partners

= partners
In family group conferencing, the first job is always to find out who belongs at the conference. Hannah asks who, in this case, that is. #speaker:coordinator
* [Start with the community: find Marius Stan, the community development worker, and ask residents to take part as well #where:context #how:ecological #domain:partnership #brings:community #brings:resident #time:-10 #trust:+1]
    Marius Stan has worked on the estate for six years, mainly with Roma families. He agrees to help, warily. "People have come before with a plan," he says. "Usually the plan was about us, not with us." #speaker:community
    Maureen Platt, who started the residents' petition, agrees to come to a meeting. "As long as it's not a lecture," she says. #speaker:resident
* [Keep it to professionals until there is a plan to share #where:context #how:behaviour #anxiety:-1]
    You agree with Lorraine to hold a professionals' meeting first and to involve families and residents once there is something to show them. Hannah writes "community: later" in her notebook and looks at it for a long time.
- -> scoping

=== scoping ===
You and Hannah have three weeks before the conference is meant to happen, and time for two pieces of consultation. #section:scoping
In your training, a conference stands or falls on the preparation: who the coordinator has talked to, and whether they have really listened. "We don't bring a plan," your first manager used to say. "We bring the right people, and we make sure they've been heard before they walk in." #speaker:coordinator
-> hub

= hub
{sources == 1: There is time for one more.}
* [Meet the young people in the park, with Marius #where:context #how:ecological #youth-trust:+1] -> group(-> heard)
* [Visit the young people's parents at home, with Marius to translate where needed #where:context #how:ecological #domain:welfare] -> parents(-> heard)
* [Meet residents on Fairfield Road #where:context #how:ecological #domain:partnership] -> residents(-> heard)
* [Ask the schools for the group's attendance, timetables and exclusions #where:context #how:ecological #domain:target] -> schools(-> heard)
* [Ask the police for their intelligence on the group #where:individual #how:behaviour #anxiety:+1] -> police_view(-> heard)

= heard
~ sources += 1
{sources < 2: -> hub}
-> weighting

= group(-> next)
~ heard_group = true
Marius introduces you to the group on a Wednesday afternoon, by the broken bench. It is two o'clock. Most of them should be at school. #scene:park
Denis, fifteen, does most of the talking. He is funny and quick and does not trust you at all. He says they are in the park because they have nowhere else to be. He is in school from nine until ten every day, then sent home. So are most of his friends. #speaker:young-person
"They say it's for our behaviour," he says. "I had one fight in Year 7. Now I do an hour a day. My cousin does an hour a day and he never had a fight." #speaker:young-person
Roxana, fourteen, says the men in the cars are "just friends of friends" and then, when the boys have wandered off, says that one of them scares her. She does not want her dad to know, because he will stop her going out, and then she will have nothing at all. #speaker:young-person-2
When you ask what would make the park better, Denis laughs. "People not looking at us like we're going to rob them," he says. "And school. Proper school." #speaker:young-person
-> next

= parents(-> next)
You and Marius visit four families over two evenings. Every family makes tea, and every family asks what their child has done wrong. #scene:park
The parents are worried, about the men, about the police, about their children being out all day. Several say the school rang and said their child could only come for an hour, and they did not know they could say no. One father shows you a letter from the school that he could not read; it asks him to a meeting that happened a week ago. #speaker:community
A mother says, with great dignity, that she left one country because her children could not go to school, and she does not understand why the same thing is happening here. Marius translates this carefully, and then sits back and says nothing for a while.
-> next

= residents(-> next)
Maureen Platt has gathered eight neighbours in her front room. #scene:park
They are frightened and angry. Noise, litter, the broken bench, a boy who swore at an old man. Some of what they say is fair. Some of it is not. One man says "these people" do not value education. Another says they "all" steal. Maureen, to her credit, tells him to stop. #speaker:resident
When you mention the men in the cars, the room goes quiet. A woman says she has seen them, and has wondered. Maureen says, slowly, "So they're the ones at risk?" She says it as if she has never been invited to think of it that way before. #speaker:resident
By the end, two neighbours are still adamant that the group should be moved on. Three say they would come to a meeting with the young people, "if it was done properly".
-> next

= schools(-> next)
Raj Patel, the local authority's inclusion officer, pulls the data for you. He looks uncomfortable when he sends it. #speaker:education
Of the twelve young people, ten are on reduced timetables: between one and three hours a day. In the same schools, across all pupils, the figure is under two in a hundred. Three of the twelve have no school place at all. None of the reduced timetables has a review date. #speaker:education
Raj rings you after sending it. "I've been looking at this for twenty minutes," he says. "If it were any other group of kids, we'd have called it a scandal." #speaker:education
-> next

= police_view(-> next)
Ian Fowler sends a summary: names, addresses, stop records, "associations". #scene:room
Seven of the twelve have been stopped and searched in the past year. Nothing was found on five of them. Two were found with cannabis. The summary describes the group as a "gang", though it gives no reason beyond the fact that the young people are often seen together and are all from the same community. #speaker:police
It has very little about the men in the cars: one registration, one first name. It has a great deal about the children.
-> next

=== weighting ===
You and Hannah sit down with everything you have learned. #section:weighting #scene:room
{heard_group: You keep coming back to what Denis said: an hour a day, for one fight in Year 7.|You realise you have not yet heard from the young people themselves. Hannah notices. "We'd never run a family conference without the child's voice," she says. "Why would this be different?" #youth-trust:-1}
You map it against the assessment's three headings, as your training taught you. What the young people bring: humour, loyalty, knowledge of exactly who is dangerous, families who care about them. Guardianship: almost none during the school day, when the park is empty of adults except the men who come to find them. The place, and the systems around it: a park with nothing in it, and schools that have quietly sent most of the group home.
Hannah adds a fourth thing to the map, one that is not on the template: the relationships between everyone around the group. The schools and the families barely speak. The police and the families speak only when something has gone wrong. The residents and the young people do not speak at all. Every agency involved has, at some point, decided that the group "won't engage", and the group has, at some point, decided the same about every agency.
"If a family came to us with relationships like that," she says, "we wouldn't start with a plan. We'd start with getting people back in a room." #speaker:coordinator
Then the question the assessment asks: which context most drives the harm, and so has to change first?
* [The group itself: they are a gang, and it needs breaking up #where:context #how:behaviour #youth-trust:-1]
    "The group," you say. "If they weren't together, they'd be less of a target." #speaker:you
    Hannah looks at you for a long moment. "They're not a gang," she says. "They're cousins and neighbours. Breaking them up would leave each of them alone with those men." #speaker:coordinator
* [The men in the cars, who prey on the group #where:context #how:behaviour #domain:welfare]
    "The men," you say. "They're the ones doing the harm." #speaker:you
    Hannah agrees, and adds: "And they can do it because the kids are in the park at eleven in the morning with nothing else to do." #speaker:coordinator
* [The schools: most of the group has been sent home, and nobody has asked why #where:context #how:ecological #domain:target]
    "The schools," you say. "Ten of twelve on an hour or two a day. That's why they're in the park in the daytime, and that's when the men come." #speaker:you
    Hannah nods. "And we're going to have to say why we think it's happening," she says. "Which means saying the word nobody wants to say." #speaker:coordinator
- -> goals

=== goals ===
Before you plan the conference, you and Hannah write down what it is for. #section:goals
Conferences go wrong, in your experience, when the people in the room think they have come for different reasons. The residents think they are there to get the group moved. The police think they are there to reduce calls. The schools think they are there to be told off. The young people think they are there to be told what they have done.
* [Goal: the complaints stop and the group no longer gathers in the park #where:context #how:behaviour #anxiety:-1]
    It is what Ian and the residents want. It is also what the panel can measure most easily. Hannah reads it twice and does not comment.
* [Goal: every young person in the group is in full-time education, the park is a safe place for them, and the agencies and residents are working with them; measured by timetables, by asking the young people, and by asking residents #where:context #how:ecological #domain:measure #trust:+1]
    It is long. Hannah likes it. "Three things," she says. "School, the park, and the relationships. If we only fix one, the other two will undo it." #speaker:coordinator
- -> planning

=== planning ===
Two weeks before the conference, the professionals meet. #section:discussion #scene:room
It is the meeting where the real decisions get made, as Hannah reminds you on the way in: who comes to the conference, what the agencies bring, and what they are prepared to change. "Families can only plan with what's on the table," she says. "If the agencies don't put anything new on it, the plan will be the old plan with the family's name on the front." #speaker:coordinator
Around the table: Ian Fowler for the police; Carol Dent from Fairfield Academy; Raj Patel from the local authority's inclusion team; Lorraine Adey from children's services; Hannah; and you. Marius has been invited and has sent a message to say he is with a family and will come if he can.
Ian Fowler has been under pressure all month. The dispersal order is drafted. "Residents are at the end of their tether," he says. "I can have the park covered from Friday. It will move the group on, and it will give everyone some breathing space while you do your conference." #speaker:police #name-it:context-behaviour
-> dispersal

= dispersal
* [Support the dispersal order #where:context #how:behaviour #adopt #agency:police #key #anxiety:-2 #youth-trust:-2]
    The order goes in on Friday. By Saturday the group has left the park. Marius tells you on Monday that most of them are now hanging around the underpass by the ring road, where there are no houses at all.
* [Ask the police not to disperse, and to put their effort into the men in the cars #where:context #how:behaviour #adopt #agency:police #domain:welfare #harm:-1 #trust:+1]
    "If you move them, you move them towards the men," you say. "Can we aim at the men instead?" #speaker:you
    Ian is not happy. "Then I need something to tell residents," he says. You offer him the conference: residents will be in the room, and heard. He agrees to give it six weeks. #speaker:police
* [Ask for a pause: what is each agency worried about? #where:context #how:ecological #pause]
    You ask each person to say what they are most worried about. Ian says residents. Carol Dent from the school says inspection. Lorraine says another girl in a car at two in the morning. Raj, quietly, says he is worried about what the timetables say about all of them. #speaker:you
    -> dispersal
- -> education

= education
Carol Dent, deputy head of Fairfield Academy, explains the school's position. She is not defensive; she is tired. #speaker:school
"The reduced timetables are a behaviour measure. These young people struggled in full-time lessons, and we had to think about everyone else in the class. We'd support mentoring or a diversion programme to help them build up again." #speaker:school #name-it:individual-behaviour
-> education_choice

= education_choice
* [Accept the timetables for now and refer the group to mentoring #where:individual #how:behaviour #adopt #agency:school #service:mentoring]
    The referrals are made. The mentoring service offers sessions at two in the afternoon, when the young people are in the park. Three go once.
* [Refer the group to the diversion programme #where:individual #how:behaviour #adopt #agency:police #service:diversion-programme #youth-trust:-1]
    Ian refers six of the twelve to the police-run diversion programme. Denis asks Marius what he is being diverted from. Marius does not have a good answer.
* [Name it: ask the schools to look at why ten of twelve children from one community are on reduced timetables, including whether race is playing a part, and to end every timetable without a review date #where:context #how:ecological #adopt #agency:education #key #domain:target #domain:welfare #guardianship:+2 #welcome:+1 #trust:-1 #youth-trust:+1]
    ~ named_racism = true
    The room goes very quiet. "I'm going to say the word," you say. "If ten of the twelve children in this group are on an hour a day, and fewer than two in a hundred other pupils are, we have to ask whether assumptions about Roma children are part of why. I'm not accusing anyone. I'm asking us to look." #speaker:you
    Carol's face goes through several things. Raj speaks before she does. "I'll support that," he says. "The data's the data." After a long pause, Carol says she will take it to her head teacher. "It's going to be uncomfortable," she says. "It probably should be." #speaker:school
- -> conference

= conference
The last decision before the conference is what kind of meeting it will be. #speaker:coordinator
Hannah wants a full community conference: young people, parents, residents, schools, police, Marius, with private family time for the young people and their families to talk without professionals, the way family group conferences always do. Lorraine is worried. "What if residents say something racist in front of the kids?" she asks. #speaker:social-care #name-it:context-ecological
* [Hold a full community conference, with young people, families, residents and agencies #where:context #how:ecological #adopt #agency:coordinator #needs:resident #needs:community #domain:partnership #guardianship:+1 #welcome:+2 #youth-trust:+1]
    You agree ground rules with everyone beforehand, separately. Marius spends an evening with the families; Hannah spends one with Maureen's neighbours. The conference is set for a Saturday, in the community centre by the park.
* [Hold a professionals' planning meeting instead, and tell families and residents the outcome #where:context #how:behaviour #adopt #agency:social-care]
    It is safer and quicker. The plan is written in an afternoon. Marius says he will take it to the families, but he does not sound hopeful.
- -> pressure

=== pressure ===
Ten days before the conference, Roxana is found in a car on the ring road at one in the morning with two men. She is unhurt. She says it was a lift. #section:pressure #risk:+2 #anxiety:+2
Maureen's neighbours hear about it by breakfast. By lunchtime there is a new petition. The local councillor emails the director of children's services. Ian rings you to say he is under orders to "do something visible" by the weekend. #speaker:police
The professionals meet in a hurry. #scene:room
{anxiety >= 7: The room is frightened. Ian's proposal to search and disperse the group this weekend, and to put Roxana's family on notice, is argued for hard, and most heads are nodding.|The room is frightened but steady. People want to act, and they are looking at you.}
-> decide

= decide
* [Support searches and dispersal of the group this weekend, and a warning to Roxana's family #where:context #how:behaviour #adopt #agency:police #displacement:+2 #anxiety:-2 #youth-trust:-2]
    The weekend operation goes ahead. Nine young people are searched; nothing is found. Roxana's father, told by the police that his daughter is "associating with adult males", keeps her in for a month. She climbs out of her window twice.
* [Hold a strategy meeting for Roxana as a child being exploited, and ask the police to pursue the men, while the conference goes ahead #where:individual #how:ecological #adopt #agency:police #domain:welfare #trust:+1 #youth-trust:+1]
    You hold the meeting that afternoon, with Marius present so Roxana's parents are properly included. The police identify one of the men from the car's registration. Roxana, who has met Marius twice, tells him more than she has told anyone.
* [Ask everyone to stop and name what they are afraid of #where:context #how:ecological #pause]
    You ask for ten minutes. Ian says he is afraid of the councillor, and of a girl getting hurt on his watch. Lorraine says she is afraid of the same thing. Marius says the families are afraid of the police, and that fear is why they did not tell anyone about the men. Hannah says nothing, then: "So everyone in this room is frightened, and so is everyone in the park." #speaker:coordinator
    -> decide
- -> restorative

=== restorative ===
The conference happens. Whatever has been decided before it shapes who comes and how they feel when they walk in. #section:conference #scene:park
It is held on a Saturday morning in the community centre beside the park, because that is where the young people are and because, as Marius points out, it is the one building on the estate that everyone has a key memory of: wedding parties, funerals, a youth club that closed years ago. Hannah has set the chairs in a circle. There is food, chosen with the families. There is an interpreter, booked by Marius, for the two parents who prefer to speak in Romani.
You open the conference the way you open every family conference: by saying why everyone is there, what will happen, and that the people closest to the children will have time on their own to make their plan. Then you say something you have never said at a family conference before: that this one is about a place and a group, and that the agencies are here to be asked things, not just to ask them.
{present_resident: Maureen comes, with four neighbours.|Only one resident comes, and leaves early.}
{present_community: Marius has brought eleven of the twelve young people and most of their parents.|Four families come. Several say afterwards that they were told about it by letter, in English, a week before.}
The room is tense for the first hour. Then Denis says, to the residents, that he is sorry about the bench, and that he did not break it but knows who did. Maureen laughs despite herself.
Hannah suggests something you have both used in family conferences when relationships are badly broken: a restorative meeting before any planning, so that residents, young people, families and agencies can each say what has happened to them and what they need, before anyone proposes anything. #speaker:coordinator
* [Hold the restorative meeting first, then build the safety plan together #where:context #how:ecological #adopt #agency:coordinator #needs-trust:5 #domain:partnership #guardianship:+1 #welcome:+1 #trust:+2 #youth-trust:+1]
    It takes the whole morning. A mother tells the schools what it felt like to be sent a letter she could not read. A resident tells the young people she has been frightened to walk through the park for a year. Denis tells Ian how many times he has been searched. Carol Dent, who came in Raj's place, says the school is reviewing every reduced timetable, and that she is ashamed of some of what she found. After lunch, the plan almost writes itself.
* [Go straight to the safety plan: there is a lot to agree and not much time #where:context #how:behaviour #anxiety:-1]
    You move to planning. The plan is agreed by three o'clock. It lists what each young person will do, and what each agency will offer. The residents sign it. Several young people do not.
- In the car park afterwards, Hannah asks you what you think the young people will remember of the day. You say: whether anyone listened. She says that is what families remember too, and that, in nine years, she has never seen a plan survive when they felt they had not been heard. #speaker:coordinator
Then she lights a cigarette she has promised her daughter she has given up, and says that whatever happens next, the agencies have had to sit in a circle with the children they have been writing about for a year. "That's not nothing," she says. "It's not enough. But it's not nothing." #speaker:coordinator
-> first_timeskip

=== first_timeskip ===
Three months later. #timeskip:Three months later #section:timeskip #scene:park
Three months is the length of a school term, and the length of time Ian promised to give the conference before he would be asked again to do something visible.
You and Hannah go back to Fairfield on a Wednesday afternoon, at the same time as your first visit, to see who is in the park when most children are in school.
{
- outcome_place == "watched-over":
    The park is different in ways residents notice first. Marius runs a session by the community centre on two afternoons a week. Maureen's neighbours say hello. The bench has been mended, by Denis and his cousins, with wood Maureen's husband had in the shed.
- outcome_place == "quiet-but-displaced":
    The park is quiet. The group has gone: to the underpass, to the retail park, to places nobody on the panel knows. Residents are pleased. Marius is worried.
- else:
    The park is much as it was, a little calmer some weeks, no better on others.
}
{
- outcome_young_people == "connected":
    Eight of the twelve are now in school full time. Denis is in Year 11 and doing his GCSEs in a school that, he says, "actually wants me there". Roxana talks to Marius most weeks.
- outcome_young_people == "out-of-sight":
    Nobody is sure where most of the group spends its days. The reduced timetables are still in place. Roxana has been reported missing twice.
- else:
    Some of the group are back in school for longer. Others are not. Roxana is safer, some weeks.
}
{
- outcome_partnership == "trusting":
    Something has shifted in the partnership. The schools now ring Raj before putting any child on a reduced timetable. Ian says it is the first time residents have thanked him for not arresting anyone.
- outcome_partnership == "reporting":
    The agencies each report their part of the plan. They are polite to each other, and careful. Nobody has mentioned race since the first meeting.
- else:
    Relationships have broken down. The school has complained about being "accused of racism". Marius has stopped coming, saying he will not bring families to meetings where nothing changes.
}
-> review

=== review ===
The review is held in the community centre, not at the council offices, at Marius's suggestion. Most of the people who were at the conference come back. The room is less tense than it was, or perhaps everyone is just more used to it.
At the review, Hannah asks a question she says you will both need to answer for the research team who are supporting the pilot: was what you did behaviour-based or ecological? #section:review #scene:room
* [Talk it through honestly with the partnership, action by action, and write the answer down #where:context #how:ecological #domain:measure #trust:+1 #youth-trust:+1]
    It takes an hour. Some actions were clearly one or the other. Some, like the mentoring, were aimed at behaviour and delivered in a way that changed little. Some, like naming the timetables, changed the conditions for all twelve. Ian says it is the first time he has been asked to think about why, not just what. Carol says she would like her staff to have the same conversation.
* [Say it doesn't matter what you call it, as long as it works #where:context #how:behaviour #anxiety:-1]
    Hannah lets it go. Later she says that if you cannot say what kind of thing you did, you will not know which part to do again.
- -> second_timeskip

=== second_timeskip ===
A year later. #timeskip:A year later #section:ending #scene:park
A year on, the research team asks you to describe the pilot in one sentence for their report. You find you cannot, and go back to the park instead.
On the way you think about the word you said in the planning meeting, and how long it took you to decide to say it. Some of the people in that room have not forgiven you. Some have thanked you since. You are still not sure which group is larger.
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
Ten of the twelve young people are in full-time education or training. The two men identified from Roxana's car were charged in the spring. Roxana is fifteen and goes to a girls' group that Marius and two of the mothers set up in the community centre.
Fairfield Academy reviewed every reduced timetable in the school. It ended nineteen of them, across all its pupils, and trained its staff on bias in exclusion decisions. Carol Dent said at a conference that it was the hardest and most important thing the school had done that year.
The residents still complain, sometimes, about noise. They complain to Marius, by name. Ian describes the conference as "revolutionary", and then looks embarrassed. The panel has asked you and Hannah to run two more.
-> END

= ending_dispersed
It is a Saturday afternoon, and Fairfield park is empty. #ending:dispersed
The dispersal worked, in the sense that the group no longer gathers there. The residents' complaints stopped within a month. The petition was withdrawn.
The young people are still on reduced timetables. Three have been excluded permanently. Denis was arrested in the spring for carrying drugs for men he met at the underpass. Roxana's family moved away after the police visit; nobody knows where, and her school records have not been requested by any other school.
At the panel, the case is recorded as closed, "concerns addressed". Marius no longer comes to meetings. When you see him in town, he says, without anger, that it went the way it always goes.
-> END

= ending_unfinished
It is a Saturday afternoon, and Fairfield park is busy and uncertain. #ending:unfinished
Some of the group are doing well. Five are in school full time; Denis is one. The men in the cars have not been seen for months.
Some are not. The schools reviewed the timetables of the twelve, but not of anyone else, and two of the twelve are back on an hour a day. The residents are divided: some have become friends of the group, some have started a new petition.
At the last review, Hannah said the conference had opened a door and the partnership had not quite walked through it. You agreed. You also agreed, both of you, that you would rather have opened it than not.
-> END
