# title: Healthy Relationships
# summary: A fourteen-year-old girl is being groomed by a man who waits for her at the bus stop outside her school. The school's safeguarding lead has been doing one-to-one work with her on healthy relationships. The panel must decide what else, if anything, has to change, and for whom.
# themes: grooming and child sexual exploitation (not described in detail), going missing, school responses to exploitation
# minutes: 25 to 35
# site: A
# setting: The bus stop outside a secondary school at twenty to four, the school nurse's room, and a multi-agency panel
# place: school
# order: 4
# start: risk 7, anxiety 6, trust 5, youth-trust 3, time 90, guardianship 2, welcome 4, pull 5, harm 6, displacement 1
# present: school, police, social-care, health
# commissioned: mentoring, healthy-relationships-sessions
# objectives: Distinguish work that changes what one girl knows and chooses from work that changes who is present where she is harmed.
# objectives: Notice when a plan for a child who is being exploited makes her own behaviour the route to her safety.
# objectives: Weigh what moving a child, or disrupting the adult who exploits her, buys in the short term against what it leaves in place.
# objectives: Judge a plan against the goal the panel set, using only what the panel actually found out.
# fact: stop-people = who is at the bus stop at twenty to four, and who could be asked to look out for the girls there
# fact: pattern = that the school has recorded other girls picked up near the same stop, each as a separate case
# cast: you = You, chair of the extra-familial harm panel
# cast: school = Janet Ryder, designated safeguarding lead, Brookmere High School
# cast: head-teacher = Paul Oduya, head teacher, Brookmere High School
# cast: police = Detective Constable Amy Lister, child exploitation team
# cast: social-care = Sam Whitfield, Mia's social worker
# cast: health = Rosa Lin, school nurse
# cast: transport = Geoff Tanner, depot manager, the local bus company
# cast: shopkeeper = Carol Ames, runs the newsagent's by the bus stop
# cast: parent = Steve, Mia's father
# cast: young-person = Mia, 14, Year 9
# cast: young-person-2 = Ruby, 14, Mia's friend
# cast: young-person-3 = Tash, 14, in Mia's form
# pressures: school = Four months holding Mia’s case alone, a folder of completed worksheets, and a gate beyond which the policy stops
# pressures: head-teacher = Staff time, a union question, governors and a parent posting online
# pressures: police = A man known to you for two years, two girls who would not make statements, and a father asking why nothing has been done
# pressures: social-care = A frantic father working nights, and a girl who is furious with everyone
# pressures: health = Girls who trust you, and what they tell you in confidence
# pressures: transport = Drivers who see the stop every afternoon, and a timetable to keep
# research: In this site, a school's designated safeguarding lead described her response to a girl who was being groomed and sexually exploited: one-to-one work on what healthy and unhealthy relationships look like, and what to do if she found herself in situations like that.
# research: The authors use this example to show that young people who were plainly victims of harm still received responses aimed at their own behaviour, as the route to their safety. The framework they draw on would ask, instead, what in the school and around it made the harm possible, and who could be there to prevent it: if harm to a child comes from the conditions of a school, the school becomes a target of the work, not only the child.
# research: The paper also finds that under high risk, partnerships lean on methods that move, sanction or disrupt individuals, and that ecological work, where it was tried, felt to practitioners like going "against the grain" and needed support. It does not claim that behaviour-based work brings no relief; it argues that on its own it leaves the conditions of harm where they were.
# cite: Owens & Lloyd 2023, Findings: "Safeguarding practice targeting individual behaviours"
# cite: Owens & Lloyd 2023, Contextual safeguarding and multi-agency approaches
# cite: Owens & Lloyd 2023, Discussion: "Extra-familial harm"

VAR anxiety = 6
VAR present_head_teacher = 0
VAR present_transport = 0
VAR outcome_young_people = "mixed"
VAR outcome_place = "unsettled"
VAR outcome_partnership = "reporting"
// 1: the girls mapped where they feel safe and who is there; 2: they mapped where Mia goes with him
VAR mapped = 0
// the one further source: 1 Mia, 2 the people at the stop, 3 the police file, 4 the school's records
VAR source = 0
// 1 Mia's programme; 2 the stop and trusted adults; 3 the man kept away
VAR goal = 0
VAR adults_plan = false
VAR notice = false
// 0 assembly; 1 pastoral rota two afternoons; 2 staff at the stop every afternoon
VAR stop_cover = 0
VAR moved = false
VAR level2 = false

-> opening

=== opening ===
Twenty to four on a Thursday in January. #section:referral #scene:school
You are standing at the bus stop outside Brookmere High School with your hands in your coat pockets. Janet Ryder, the school's designated safeguarding lead, asked you to come and see it before the panel meets on Monday, and you said yes before you had looked at your diary.
The bell went at ten past three. For twenty minutes the pavement was a river of blazers and bags, and two members of staff in lanyards stood just inside the gate saying goodbye to it. At twenty-five past they went back in. The gate is forty metres behind you. On this side of it there is a row of shops, a lay-by, a shelter with one cracked panel, and a timetable that says the bus comes at 3.40.
By twenty to four there are four girls left under the shelter. One of them is Mia, hood up, thumb moving on a phone that Janet says her dad did not buy. The bus is late.
A grey car pulls into the lay-by and waits with its engine running. Mia looks up, says something to the others that makes one of them shake her head, and walks over. She gets in the front. The car pulls out and has turned the corner before the 3.40 arrives at 3.51.
"That's it," Janet says. "That's most days. I've rung it in four times. I've got the registration written inside my planner." #speaker:school
She does not sound angry, only very tired. "Once they're through the gate, they're not ours. That's what everyone says. I've said it myself, to parents." #speaker:school
You ring Amy Lister in the child exploitation team from the shelter, and give her the time, the car and the place. She already knows the car. She thanks you in the voice of someone writing it down for the fifth time.
Walking back to your own car, you notice the woman in the newsagent's beside the stop watching the lay-by through her window, the way people watch weather.
-> referral

=== referral ===
The panel meets in a room at the council offices that used to be a staff canteen. The hatch is boarded up. #scene:room
You chair. Janet has brought the referral herself, which is unusual, and she looks as though she has not slept well for a while.
"Mia is fourteen," she says. "Year 9. Since September she's been seeing a man who says he's nineteen. We think he's older. He picks her up from the bus stop outside school most days, in the grey car. He buys her things: a phone, clothes, vapes. She's been missing twice overnight. She says he's her boyfriend and that he loves her." #speaker:school
Janet has been doing one-to-one sessions with Mia since October: what a healthy relationship looks like, what a good one and a bad one feel like, what to do if she gets into a situation she does not like. She has the worksheets in a folder. Mia has completed all of them. "She knows all the right answers," Janet says. "She can tell you exactly what grooming is. And then she gets in his car." #speaker:school
Detective Constable Amy Lister says the man is known to her. He is twenty-three. Two other girls from Brookmere have been linked to him in the past two years, both through the same bus stop. Neither would give a statement. #speaker:police
Sam Whitfield, Mia's social worker, says Mia's dad, Steve, is frantic and exhausted. He works nights at a distribution warehouse. Mia's mum left two years ago. #speaker:social-care
Rosa Lin, the school nurse, has said nothing yet. She is looking at the folder of worksheets.
Janet explains how the school got here. When Mia's form tutor first noticed the new phone and the expensive trainers in September, she passed it to Janet, as the policy says. Janet did what the policy says next: she spoke to Mia, she rang home, she made a referral, and while the referral was being assessed she started the sessions, because the sessions were the thing she could offer that week. "Nobody told me to do anything else," she says. "And honestly, nobody told me there was anything else to do." #speaker:school
You have heard versions of this from every school that has come to the panel. The policy tells a safeguarding lead how to respond to a child. It says nothing about the bus stop outside, the hours after the bell, or the girls who stood there before.
# facilitator: Framing what was seen at the stop
# facilitator-minutes: 6
# facilitator-point: Three framings: stop the man, ask what about the stop lets him find girls there, or deepen Mia’s understanding.
# facilitator-point: Each is defensible; each hands the case to a different agency.
# facilitator-finding: In one site, a designated safeguarding lead responded to a girl who had been groomed and sexually exploited with one-to-one work on healthy relationships.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: What would have to be true for more worksheets to keep Mia safe?
# facilitator-ask: Which agency at your table is most used to being handed this kind of case, and how does that feel?
Before the panel goes further, you say how you read what you saw on Thursday, because the first framing tends to decide the rest.
* [Name it as exploitation, with the man as its source: the panel's first task is to stop him #where:context #how:behaviour #contested #domain:welfare #why:It aims at the adult who makes the stop dangerous and works by sanction and deterrence, though some would say stopping him changes the place itself.]
    "Let's be clear what this is," you say. "A twenty-three-year-old man is sexually exploiting a fourteen-year-old, and he has done it before. The first job is to stop him doing it." #speaker:you
    Amy sits up a little. Janet nods, and something in her face loosens. "Thank you," she says. "I'd started to feel it was my fault she keeps going back." #speaker:school
* [Name it as exploitation, and ask what it is about that stop that lets him find girls there #where:context #how:ecological #domain:target #why:It treats the harm as coming from the conditions of a place, who is there at twenty to four and who is not, rather than from one girl's choices.]
    "This is exploitation," you say. "Mia's choices are what he works on. They're not what causes it. He has found girls at the same stop three times. I want to know what makes that stop work for him." #speaker:you
    Amy says that is fine, as long as nobody forgets who is doing it. Janet looks at the folder and then, for the first time, out of the window. #speaker:police
* [Focus on Mia's understanding: the sessions haven't landed yet, so they need to go deeper #where:individual #how:behaviour #why:It locates the route to safety in what Mia knows and chooses, which is how the school has worked so far.]
    "If she knows the answers but still gets in the car, the work needs to go deeper," you say. "More sessions, perhaps, or someone else delivering them." #speaker:you
    Janet writes it down, and looks relieved to have a next step. Rosa looks up from the folder for the first time, and then down again.
- -> leadership

= leadership
# facilitator: Bringing in the head teacher
# facilitator-minutes: 4
# facilitator-point: The designated safeguarding lead has held this alone; the head controls staff time, the gate and the school’s rules.
# facilitator-point: Keeping it with the person who knows Mia best has real value.
# facilitator-finding: Partnerships with those who shape a context are one of contextual safeguarding’s domains; a school’s leadership shapes what happens at its edge.
# facilitator-cite: Owens & Lloyd 2023, Contextual safeguarding and multi-agency approaches
# facilitator-ask: What can a head teacher decide that a safeguarding lead cannot?
Janet mentions that the head teacher, Paul Oduya, knows about Mia but has not been involved. "It's been my case," she says. "That's how we do it. Safeguarding comes to me." #speaker:school
* [Ask the head teacher to join the panel for Mia's case #where:context #how:ecological #domain:partnership #brings:head-teacher #time:-10 #why:It asks the school's leadership, not one member of staff, to own what happens at the school's edges, which is a change in how the institution works.]
    You ring Paul Oduya that afternoon. He is surprised to be asked, then thoughtful. "Janet carries a lot," he says. "Probably more than she should. I'll come." #speaker:head-teacher
    Janet is quiet when you tell her. Later she says she had hoped the panel would take the case off her, not add a head teacher to it. It takes a phone call to explain that nobody thinks she has done it wrong.
* [Leave the school's side with Janet: she knows Mia best #unscored]
    You agree that Janet will keep leading the school's side. She seems relieved and tired in equal measure. It saves a week of diaries.
- -> scoping

=== scoping ===
The panel agrees to look at the places around Mia as well as at Mia herself. #section:scoping
The assessment template asks three things: what the young people themselves bring; who offers guardianship, meaning adults with a caring intention who are actually there; and what the place is like, its layout, rules, timings and owners. Until now, the panel has only ever filled in the first heading for Mia.
Amy Lister points out that the man has found three girls at the same bus stop in two years. "Whatever he's doing there," she says, "it's working for him." #speaker:police
Rosa has already asked Mia's friend Ruby and two other girls whether they would do a safety map with her. They said yes, on condition that Mia is not told it was them. That will be the first piece of work. There will be time for one more before the panel meets again.
-> map

= map
Rosa's room is at the end of the science corridor: a couch, a sink, a poster about hand-washing that someone has drawn a moustache on. #scene:school
She has printed a street map on four sheets of paper and taped them together on the table. On it are the school, the gate, the stop, the row of shops, the retail park behind them, the estate where two of the girls live, and the long road towards Mia's block of flats. Beside it are sticky dots in three colours, green for safe, red for not safe, yellow for "it depends", and a felt pen for writing who is there.
Ruby comes with Tash and Leah, both in Mia's form. They know Rosa. They are worried about Mia and angry with her in about equal measure, and they keep looking at the door.
# facilitator: The safety map
# facilitator-minutes: 5
# facilitator-point: Asking where the girls feel safe and unsafe maps the place; asking where Mia goes maps Mia, for the police.
# facilitator-point: The girls are worried and angry with Mia in equal measure; how the question is put decides what they will say.
# facilitator-finding: The paper contrasts trying to change young people’s harmful choices with strengthening their ties to safe adults in a context.
# facilitator-cite: Owens & Lloyd 2023, Competing epistemological positions
# facilitator-ask: Whose use would each version of the map serve, and who would the girls think it was for?
Rosa looks at you. It is your question to set.
* [Ask them to mark where they themselves feel safe and unsafe, at what times, and who is there #unscored #learns:stop-people #youth-trust:+1]
    ~ mapped = 1
    They start at the gate, and put a green dot on it. "While the teachers are there," Tash says. "After twenty past it's just a gate." #speaker:young-person-3
    The stop gets three dots: green at ten past three, yellow at half past, red by twenty to four, "when it's just us and whoever's waiting". The newsagent's gets a green. Ruby writes "Carol" beside it. "She lets you wait inside if it's raining. If you buy something. She watches the cars." The 3.40 gets a red, which surprises you until Leah explains that it is always late, and that the drivers see everything and never say anything. The cut-through behind the retail park is red at every hour. #speaker:young-person-2
    The walk home is mostly green in daylight and yellow after dark. Tash and Leah each put a green dot on their own front door, "because someone's in". Nobody puts one on Mia's.
    Ruby holds a yellow dot over Mia's block of flats for a long moment and then puts it back on the sheet. "Not mine to say," she says. #speaker:young-person-2
    When you ask what would turn a red into a green, Ruby does not hesitate. "Someone from school at the stop. Not to tell us off. Just there. He wouldn't pull in if a teacher was standing there." The others nod. They have stopped telling teachers things, Leah says, since a report about a boy last year was round the whole year by the end of the day. #speaker:young-person-2
    At the end they photograph their map on their phones. Tash says it is the first time anyone at school has asked them where they feel safe, rather than where they should not go.
* [Ask them to mark where Mia goes with him, and when, so that the police can use it #unscored #youth-trust:-1]
    ~ mapped = 2
    They know a great deal. The lay-by, most days at twenty to four. The car park behind the retail park, at the back by the recycling bins, on the days he does not come to the stop. A flat above a shop on the ring road; Ruby went once, in September, and did not go in. Saturdays, sometimes, a drive-through on the bypass.
    It is precise, and Amy will be able to use every line of it. But the girls get quieter as the map fills up. Tash asks whether Mia will find out it came from them. Rosa says she cannot promise that nobody will ever put it together, because she cannot.
    The session ends ten minutes early. On her way out Ruby stops at the door. "Are you ever going to ask about us?" she says. "It's not only Mia he looks at." #speaker:young-person-2
- -> hub

= hub
# facilitator: One more source
# facilitator-minutes: 5
# facilitator-point: Mia herself, the people at the stop every day, police intelligence, or the school’s records: one of these.
# facilitator-point: The newsagent has been watching the lay-by for months; nobody has asked her.
# facilitator-finding: Workers in one site learned a place by talking to people on the ground at different times of day.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: Who else spends every afternoon at that stop, and what do they already do when a car pulls in?
Rosa's map will go to the panel. There is time for one more piece of work before it meets.
* [See Mia, with Sam, somewhere she chooses #unscored #youth-trust:+1]
    ~ source = 1
    Mia chooses a café in the shopping arcade. She orders a hot chocolate and does not drink it. #scene:school
    She is sharp and funny and very guarded. She knows exactly why you are there. When Sam mentions the man, she rolls her eyes. "You're going to tell me he's grooming me. Mrs Ryder's already done the worksheet." #speaker:young-person
    You do not tell her anything. You ask her what her days are like. It comes out slowly. Her dad works nights, so the flat is empty after school and he is asleep when she gets up. Her friends get picked up by their mums, or go to clubs she cannot afford. The man is the only person who is always there at twenty to four. He remembers what she said yesterday. He asks about her mum. #speaker:young-person
    At the end she says: "Everyone keeps telling me what to do if I'm in a bad situation. Nobody's ever asked why I'm at the bus stop on my own every day." #speaker:young-person
* [Go back to the stop at home time and talk to the people who are there every day: the newsagent, and the bus depot #unscored #learns:stop-people]
    ~ source = 2
    You go back on a Tuesday, at ten past three. #scene:school
    Carol Ames has run the newsagent's beside the stop for eleven years. She has watched this happen, she says, for most of them. Different cars, different girls, the same kind of thing. "Nobody's ever asked me. I didn't know who I'd tell. The school? They'd say it's not the school." #speaker:shopkeeper
    Geoff Tanner, the depot manager at the bus company, rings you back that evening. The 3.40 is timed for the end of the school day at a different school on the route, he says, and it has been late at Brookmere for as long as anyone can remember. His drivers have mentioned cars in the lay-by. There is nowhere on their incident form for it, so nobody wrote it down. "If someone told us what you wanted us to do," he says, "we'd do it." #speaker:transport
* [Ask the police for everything known about the man #unscored]
    ~ source = 3
    Amy Lister sends a summary of what is known about the man. #scene:room
    Twenty-three. No convictions. Three intelligence reports over two years linking him to girls aged thirteen to fifteen. A Child Abduction Warning Notice was considered once and not issued, because the girl's mother could not be reached to support it. He works at a car wash and rents a flat above a shop on the ring road. #speaker:police
    Amy says he is careful. "He never goes into the school. He never goes to their homes. He waits where there's nobody to see, at a time when nobody's looking, and he's patient. When we've put a car near the stop before, he's used the car park behind the retail park instead." #speaker:police
    The summary is about him. It tells you a great deal about how he finds girls, and very little about why the stop works so well for him.
* [Look through the school's safeguarding records for the past three years #unscored #learns:pattern]
    ~ source = 4
    Janet opens three years of the school's safeguarding records with you. It takes an afternoon. #scene:school
    Mia is not the first. Four girls in three years were recorded as having "an older boyfriend" who picked them up near the school. Each was handled as a separate case: a referral, some one-to-one work, a letter home. Two had the same healthy relationships worksheets Mia has. #speaker:school
    No record mentions the bus stop by name. No record connects the girls to each other. Janet goes quiet reading them. "I did some of these myself," she says. "I never put them side by side." #speaker:school
- -> weighting

=== weighting ===
The panel meets again. It has been a fortnight. #section:weighting #scene:room
In that time the grey car has been seen at the stop on eight afternoons, according to Rosa, who has taken to walking past at twenty to four, and Mia has been late home on six days. Janet has done two more sessions with her. Mia was polite and bored in both.
{present_head_teacher: Paul Oduya is there, with a notebook, sitting next to Janet.}
You set out what has been found, under the assessment's three headings, and you are careful to say only what somebody has actually found out.
{mapped == 1: What the young people bring: the girls are clever, loyal and watchful. They mapped the stop by the clock: safe at ten past three, not safe by twenty to four. They know who he is and what he does, and they have stopped telling teachers things.}
{mapped == 2: What the young people bring: the girls know exactly where he takes Mia, and when: the lay-by, the car park behind the retail park, a flat on the ring road. What they feel about the stop themselves, nobody asked. Ruby's question at the door is in your notes.}
{source == 1: Mia herself: she is not at the stop because she is confused about grooming. She is there because the flat is empty, her friends are collected, and he is the only person who is always there at twenty to four.}
{source != 1: The panel has still not heard from Mia herself. Sam says she would talk, if someone asked her the right questions.}
{mapped == 1 || source == 2: Guardianship: strong inside the gate until twenty-five past three, then none from the school. But there are adults at the stop every day who see what happens: Carol at the newsagent's, and the drivers of a bus that is always late. Nobody has ever told them whom to ring.}
{mapped != 1 && source != 2: Guardianship: strong inside the gate until twenty-five past three. Outside it, the panel knows only what you saw on Thursday: nobody in a lanyard. Who else is there at twenty to four, and whether they notice, nobody has asked.}
{source == 2: The place: a bus timed for a different school, which leaves girls waiting, and a bus company that would help if anyone told it how.}
{source == 3: The man: careful and patient, known for two years, and quick to move to the car park behind the retail park when a police car sits near the stop. A warning notice was once considered and never served.}
{source == 4: The school's own records: four girls in three years, picked up near the same stop, each handled as a separate case, two with the same worksheets.}
{
- mapped == 1:
    Rosa says she has been a school nurse for fifteen years and has never once been asked about the bus stop. #speaker:health
- else:
    Amy says the girls' map is the best intelligence she has had on him in two years. #speaker:police
}
# facilitator: Which context drives the harm
# facilitator-minutes: 7
# facilitator-point: The man, the stop at home time with a school whose care ends at the gate, or Mia’s need for attention and affection.
# facilitator-point: The third is a common reading of a victim; it places the remedy in her.
# facilitator-finding: The paper’s own example: if a school’s culture drives harm, the school, not only the child, is where the work is.
# facilitator-cite: Owens & Lloyd 2023, Contextual safeguarding and multi-agency approaches
# facilitator-ask: Where does your agency’s responsibility for a pupil end: the gate, the bus stop, the bus?
Then you ask the question: which context most drives the harm, and so has to change first?
* [The man: stop him, and the harm at the stop stops #where:context #how:behaviour #contested #domain:welfare #why:It weighs the adult who exploits as the context to change, and the change it imagines is made by sanction and deterrence.]
    "The man," you say. "Everything else is what he uses." Amy agrees, and adds that she has been trying to stop him for two years. "He's not the only one who'll try it at that stop, mind," she says. #speaker:police
* [The stop at home time, and a school whose care ends at the gate #where:context #how:ecological #domain:target #why:It weighs the conditions of a place, who is there and who is responsible for it, as what has to change first.]
    "The stop," you say, "and the fact that the school's responsibility, as everyone understands it, ends forty metres before it. He's found the exact gap between where we look and where we don't." #speaker:you
    {present_head_teacher: Paul writes that down and underlines it. "That's mine, then," he says, "not Janet's."|Janet writes it down. "I'll have to take that to Paul," she says, "and I don't know what he'll say."} {source == 4: Then, quietly, "Four girls."}
* [Mia's need for attention and affection, which he exploits #where:individual #how:behaviour #why:It weighs a gap in one girl as what drives the harm, so the change it points to is in her.]
    "Mia's looking for attention and affection," you say. "Until that need is met some other way, he'll keep getting through." #speaker:you
    Sam frowns. "She's fourteen," he says. "Needing affection isn't the problem. Him giving it is." #speaker:social-care
- -> goals

=== goals ===
Before responses, you ask what the panel is trying to achieve, and how it will know. #section:goals
# facilitator: Agreeing a goal
# facilitator-minutes: 7
# facilitator-point: Completing a programme, no girl picked up at the stop, or the man kept away and charged: three measures, three owners.
# facilitator-point: A log at the stop and asking the girls is more work to count.
# facilitator-finding: Victims as well as young people seen as causing harm received responses aimed at their own behaviour; the goal a panel sets decides which kind of response counts.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: Which goal would you be willing to be measured against in a term, and who would be doing the measuring?
The question always takes longer than people expect. Every agency at the table already has its own measure: the police count notices and charges, the school counts attendance and completed sessions, social care counts visits and plans. Whatever goal is written down now will quietly decide what the panel works hardest at, and what it reports as done.
* [Goal: Mia completes a programme of work on exploitation and ends the relationship #where:individual #how:behaviour #goal #anxiety:-1 #cost:It can be met while the stop stays exactly as it is for the next girl #benefit:Clear, quick to report, and the work can start on Monday #why:It measures success by a change in one girl's understanding and conduct.]
    ~ goal = 1
    It goes in the minutes. Janet says she can report on the sessions every month. Rosa asks how the panel will know the second part has happened, and whether Mia would tell anyone if it had not.
* [Goal: no girl at the stop is picked up by an adult who means her harm, and Mia has adults she trusts; measured by a log at the stop and by asking the girls again #where:context #how:ecological #goal #domain:measure #cost:Someone has to keep the log every afternoon for a term, and it will be slow to show anything #benefit:It would tell the panel whether the place is safer, for Mia and for whoever waits there next #why:It measures success by a change in a place and in the adults around a girl, not by her conduct.]
    ~ goal = 2
    It goes in the minutes. Amy says it is the first time she has seen a goal about a place in a case about a girl. Rosa offers to keep a log at the stop, and then asks, reasonably, who will cover her clinic while she does.
* [Goal: the man is kept away from Mia and from the stop, and charged if the evidence allows #where:context #how:behaviour #contested #goal #domain:welfare #cost:It depends on evidence Mia may never give, and he can simply wait somewhere else #benefit:It names the adult as the problem, and progress is easy to see and report #why:It aims at the adult who exploits, through deterrence and the courts, which some would count as changing the context itself.]
    ~ goal = 3
    It goes in the minutes. Amy says she can work to that. Sam says he can too, as long as nobody measures Mia's safety by whether she gives a statement.
- -> discussion

=== discussion ===
The panel turns to responses. #section:discussion
You have chaired enough of these meetings to know the order in which proposals usually arrive: the work with the child first, then the police, then, if there is time, something about the place. The order matters. By the time anyone talks about the place, the plan usually feels full.
Janet speaks first. She has thought hard about what comes next, and she is honest that she does not know what else to do. #speaker:school
"I'd like to carry on with Mia's one-to-one work, weekly, and go deeper: a second programme on consent and on exploitation, and a safety plan that she signs. She needs to understand what's happening to her, so she can protect herself." #speaker:school #name-it:individual-behaviour
-> one_to_one

= one_to_one
# facilitator: The one-to-one work
# facilitator-minutes: 6
# facilitator-point: A safety plan Mia signs rests on her promises; one written as what adults will do rests on them.
# facilitator-point: Changing the work means Janet putting aside a programme she trained for.
# facilitator-finding: A safety plan can ask a young person to keep herself safe, or can change what surrounds her; the pilots leaned heavily towards the first.
# facilitator-cite: Owens & Lloyd 2023, Competing epistemological positions
# facilitator-ask: Read a line of each plan aloud: who breaks it if it fails?
* [Support the next programme of one-to-one sessions and a safety plan Mia signs #where:individual #how:behaviour #adopt #agency:school #key #service:healthy-relationships-sessions #anxiety:-1 #youth-trust:-1 #cost:Mia reads the plan as a list of her own failings, and it asks nothing of any adult #benefit:Starts next week, gives Janet a protected hour with Mia every week, and reassures Steve #why:It works on one girl's knowledge and choices, with a plan written as what she will do.]
    The panel agrees. Janet will start the new programme next week, in a protected hour on Wednesday afternoons that means Mia sees a trusted adult every week, whatever else happens. Sam tells Steve that night, and Steve says it is the first time he has felt anyone has a plan.
    Mia signs the safety plan. It says she will not get into cars with adults she does not know, and that she will tell a trusted adult if she feels unsafe. She tells Janet, quite kindly, that she knows him, so the first line is not about her.
* [Change the one-to-one work: less about Mia's choices, more about who she trusts and who will be with her, with a safety plan written as what the adults will do #where:individual #how:ecological #adopt #agency:school #domain:welfare #youth-trust:+1 #time:-10 #cost:Steve loses his night premium on two shifts a week, and there is nothing to report to the board for weeks #benefit:The plan's lines are what adults will do, so Mia is no longer the only one in it with a job #why:It works for one girl by changing which adults are around her after school, not what she knows.]
    ~ adults_plan = true
    Janet thinks about it. "So instead of me teaching her to spot grooming," she says, "I find out who she'd actually call, and make sure they pick up." She keeps the weekly hour, but puts the worksheets away. #speaker:school
    Sam asks Steve whether he could come off nights two afternoons a week. He can, but it costs him the night premium, about sixty pounds a week he does not have. Sam spends two days finding a family support grant that covers half of it for a term. It is slow, fiddly work, and none of it shows in any figure the panel reports.
- -> police

= police
Amy Lister sets out what the police can do. #speaker:police
"With Steve's agreement, as her dad, I can serve a Child Abduction Warning Notice on him now. It tells him in writing that he has no permission to be with her. If he's found with her after that, the notice shows he knew, and he can be arrested for abduction. I can also ask for the stop to go in the patrol plan at home time." #speaker:police #name-it:context-behaviour
# facilitator: The warning notice and the stop
# facilitator-minutes: 8
# facilitator-point: A Child Abduction Warning Notice, served with her father’s support, tells the man in writing that he has no permission to be with a girl under 16; if he is found with her again, the police have a clear next step.
# facilitator-point: Patrols move the pick-up; briefing the newsagent and the drivers adds people who notice; holding the notice lets Mia hear it first.
# facilitator-finding: The paper describes partnerships with people who shape a context, including businesses, as part of targeting its conditions.
# facilitator-cite: Owens & Lloyd 2023, Contextual safeguarding and multi-agency approaches
# facilitator-ask: How will Mia experience the notice, and who should tell her?
# facilitator-ask: What would the newsagent need to know, and from whom, to ring someone?
Sam says Steve asks every night why the police have not done anything. There is a visible easing round the table at something concrete, and several people are already nodding before Amy has finished.
* {mapped == 2} [Support the warning notice, and patrols at home time at the stop and at the places the girls mapped #where:context #how:behaviour #contested #pressure #adopt #agency:police #domain:welfare #harm:-2 #welcome:-1 #risk:-1 #anxiety:-1 #youth-trust:-1 #cost:A police car at the school's stop makes it feel watched, and Mia knows her friends' map was used #benefit:The grey car stops coming to the stop within days, and the girls' map means the retail park is covered too #why:It acts on the adult who exploits through warning and deterrence, which some would call changing the place and others sanction by another name.]
    ~ notice = true
    The notice is served within the week, with Steve's signature beside Amy's. The patrol car passes the stop most days at twenty to four, and, because of the girls' map, the car park behind the retail park at four. The grey car is not seen at either for a fortnight. Steve sleeps through a whole day for the first time since October.
    Mia finds out that there was a map. She does not find out whose it was, but she stops sitting with Ruby at lunch.
* {mapped != 2 && source == 3} [Support the warning notice, and patrols at home time at the stop and behind the retail park #where:context #how:behaviour #contested #pressure #adopt #agency:police #domain:welfare #harm:-2 #welcome:-1 #risk:-1 #anxiety:-1 #cost:A police car at the school's stop makes it feel watched, and only the places Amy already knew about are covered #benefit:The grey car stops coming to the stop within days, and Amy's file means the retail park is covered too #why:It acts on the adult who exploits through warning and deterrence, which some would call changing the place and others sanction by another name.]
    ~ notice = true
    The notice is served within the week, with Steve's signature beside Amy's. The patrol car passes the stop most days at twenty to four, and, because of what was in Amy's file, the car park behind the retail park at four. The grey car is not seen at either for a fortnight. Steve sleeps through a whole day for the first time since October.
* {mapped != 2 && source != 3} [Support the warning notice and a patrol at the stop at home time #where:context #how:behaviour #contested #pressure #adopt #agency:police #domain:welfare #harm:-2 #displacement:+1 #welcome:-1 #risk:-1 #anxiety:-1 #cost:A police car at the school's stop makes it feel watched, and he may simply wait somewhere the patrol does not go #benefit:The grey car stops coming to the stop within days, and Steve feels something is finally being done #why:It acts on the adult who exploits through warning and deterrence, which some would call changing the place and others sanction by another name.]
    ~ notice = true
    The notice is served within the week, with Steve's signature beside Amy's. The patrol car passes the stop most days at twenty to four. The grey car is not seen there for a fortnight, and the complaints from parents to the school stop. Steve sleeps through a whole day for the first time since October.
* [Ask Amy to work with the people already at the stop: Carol at the newsagent's and the bus drivers, so they know what to look for and whom to ring #where:context #how:ecological #contested #adopt #agency:police #needs-known:stop-people #brings:transport #guardianship:+1 #time:-10 #cost:A month of Amy's time and the depot's, and nothing visibly changes for weeks #benefit:More adults who care are watching the stop every afternoon, and they know whom to call #why:It adds adults with a caring intention to the place, though some would say a network that mainly reports to the police is surveillance rather than guardianship.]
    Amy rings Geoff Tanner at the bus depot, who says yes before she has finished, and comes to the next panel. The drivers on the route are briefed at their morning meeting; the depot adds a line to its incident form. Amy gives Carol a card with a direct number and a list of what is worth writing down.
    For the first fortnight nothing changes that anyone can see. The grey car pulls in on three afternoons. Carol rings twice. Steve asks Sam what exactly the police are doing.
* [Hold the notice for now: Sam talks it through with Mia and Steve first, so that it doesn't land on her as a punishment #unscored #risk:+1]
    Amy agrees to wait a fortnight, and says plainly that she does not like it. Sam sees Mia and Steve together. Steve wants the notice served yesterday; Mia says that if it is served she will never speak to any of them again. The fortnight passes with the grey car in the lay-by on seven afternoons.
- -> culture

= culture
{present_head_teacher:
    Paul Oduya proposes that the school runs a whole-year assembly on grooming and online safety, with a visiting speaker, followed by a PSHE lesson for every Year 9 form. #speaker:head-teacher #name-it:individual-behaviour
- else:
    Janet says that Paul Oduya has asked her to put forward a whole-year assembly on grooming and online safety, with a visiting speaker, followed by a PSHE lesson for every Year 9 form. #speaker:school #name-it:individual-behaviour
}
# facilitator: The school’s edge
# facilitator-minutes: 8
# facilitator-point: An assembly reaches every pupil and still works on each one’s knowledge and choices.
# facilitator-point: Staff at the stop every afternoon need the head’s backing, rotas, and probably a union conversation.
# facilitator-finding: Practitioners found that ecological work felt new and experimental and needed courage, both from those leading it and from those asked to change.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: What would the school have to stop doing to put an adult at the stop every afternoon?
# facilitator-ask: Who would defend that decision to governors?
Rosa has a different idea. "Put an adult from school at the stop from ten past three until the last pupil has gone. Every afternoon, not just when it's convenient.{mapped == 1 || source == 2: Tell Carol at the newsagent's whom to ring. Talk to the bus company about the 3.40.} Train staff that the school's care doesn't stop at the gate.{source == 4: And read those four girls' records side by side. That's a pattern, not four cases.}" #speaker:health #name-it:context-ecological
{present_head_teacher == 0: Without the head teacher at the table, Janet says, she cannot promise anyone's time but her own team's: two afternoons a week, perhaps, if people volunteer.}
* [Run the assembly and the Year 9 lessons #where:individual #how:behaviour #adopt #agency:school #key #anxiety:-1 #trust:+1 #cost:It changes nothing at the stop, and a year group that knows about Mia spends the assembly looking at her #benefit:The whole year hears what grooming looks like within a fortnight, and parents' worries settle #why:Delivered to a whole year at once, it still works on each pupil's knowledge and choices, one by one.]
    ~ stop_cover = 0
    The assembly happens a fortnight later. The speaker is good: no scare stories, just what it looks like when an adult starts to make himself the only one who listens. Afterwards two Year 9 girls go to Rosa about a man who has been messaging them online, and Amy's team takes it from there. The emails from parents stop.
    Ruby tells Rosa that half the year spent the assembly looking at Mia, and that Mia spent it looking at the floor.
* [Do what Rosa proposes: staff at the stop every afternoon, the people around it brought in, and staff trained that the school's care goes past the gate #where:context #how:ecological #adopt #agency:head-teacher #needs:head-teacher #domain:target #domain:partnership #guardianship:+3 #welcome:+1 #anxiety:+1 #time:-10 #cost:About a fifth of a teaching assistant's week out of the pastoral budget, and the governors and the union both want answers #benefit:From next week an adult from school is at the stop every afternoon at the time he comes #why:It changes the conditions of a place and the practice of an institution, who is present at twenty to four and what the school counts as its own.]
    ~ stop_cover = 2
    Paul agrees to all of it. #map:staff-at-stop
    "Someone at the stop from ten past three until the last pupil has gone, on the duty rota," he says. "{mapped == 1 || source == 2:I'll see the bus depot about the 3.40 myself, and Carol can have a card with our number. }And a twilight session for all staff on what happens beyond the gate." #speaker:head-teacher
    It costs. The union representative asks what happens if a member of staff is hurt on a public pavement. The chair of governors asks why the school is supervising a bus stop it does not own, and Paul spends an evening writing the answer. The money for cover comes out of the pastoral budget, which means something else does not happen this year.
* [A smaller start: Janet's pastoral team take turns at the stop two afternoons a week #where:context #how:ecological #adopt #agency:school #domain:target #guardianship:+1 #welcome:+1 #time:-5 #cost:Three afternoons a week are still uncovered, and it depends on the goodwill of people who are already stretched #benefit:It starts on Monday, needs nobody's permission, and the girls see a face they know at the stop #why:It adds caring adults to the place at the time the harm happens, a change in conditions, if a small one.]
    ~ stop_cover = 1
    Janet and two pastoral staff draw up a rota for Tuesdays and Thursdays. The first Tuesday, Ruby and Tash stand next to Janet at the stop and talk about a programme they watched. The grey car drives past without stopping.
    On the Wednesday it pulls in as usual. By the third week, one of the pastoral staff has been off sick twice and Janet has covered both.
- -> pressure

=== pressure ===
~ mapped = 0
~ source = 0
Three weeks later, Mia does not come home. #section:pressure #risk:+2 #anxiety:+2
{notice: The grey car had not been seen at the stop since the notice was served. Mia had been walking to meet it somewhere else.|{stop_cover == 2: The member of staff at the stop had seen Mia on to the bus that afternoon, as on every afternoon. She got off it two stops later.}{stop_cover == 1: It was a Wednesday, one of the afternoons with nobody from school at the stop.}}
She is found the next afternoon by police in a town forty miles away, in the man's car, with two other men she does not know. She is unhurt, physically. She is furious with everyone.
{notice: Because the notice was served, finding her in his car is itself the evidence Amy needed. He is charged with child abduction within two days, and the court bails him on conditions to keep away from Mia and from Brookmere. The two other men are released under investigation while their phones are examined.|The three men are arrested on suspicion of abduction and sexual offences, and released under investigation the next day while their phones are examined. Amy says it will be months before anyone decides whether to charge them, and that without a statement from Mia it may come to nothing.}
Mia will not talk to anyone except, briefly, Ruby, who tells Rosa that Mia said the other men "weren't nice like him". Rosa passes this on carefully, as the most important thing anyone has learned in a week.
Steve rings Sam at two in the morning, and again at five. By the time the panel meets, Janet has been called by the local authority's safeguarding board, a parent has posted about it online, and the school's phone lines are jammed. #scene:room
{anxiety >= 7: The room wants something decisive. Janet puts forward a managed move: Mia to start at a school across the county, far from the stop and the men. Steve has asked for it. Within minutes it is being argued hard by several people at once.|The room is shaken but steady. Janet puts forward a managed move: Mia to start at a school across the county, far from the stop and the men. Steve has asked for it. People look at you.} #name-it:individual-behaviour
-> decide

= decide
# facilitator: Mia is found
# facilitator-minutes: 10
# facilitator-point: A managed move is what her dad asked for and what the room is arguing for; it moves Mia and leaves the stop.
# facilitator-point: A strategy meeting treats her as a child trafficked by adults, with support around her and her dad.
# facilitator-point: The pause costs time when everyone wants action.
# facilitator-finding: Under high anxiety, the authors found partnerships relying on behaviour-based responses aimed at individuals, in part as a defence against the scale of the risk.
# facilitator-cite: Owens & Lloyd 2023, Discussion: Extra-familial harm
# facilitator-ask: What does each option ask of Mia, and what does it ask of the adults?
# facilitator-ask: Who will be standing at the stop at twenty to four next term?
* [Arrange a managed move for Mia to a school across the county, away from the stop #where:individual #how:behaviour #pressure #adopt #key #agency:school #displacement:+2 #risk:-2 #anxiety:-2 #youth-trust:-2 #cost:Mia leaves her friends and the adults who know her, and the stop stays as it was for the next girl #benefit:Mia is out of the men's reach this month, and the room, the school and Steve can breathe #why:It moves one girl away from where she is harmed, so it changes where she is rather than the conditions of the place.]
    ~ moved = true
    Both schools and Steve agree, and the move is arranged within a week. The council pays for a taxi to the new school for the first half-term, so for six weeks there is no bus stop at all: Mia is collected at the door and dropped at the door.
    For the first month it works the way everyone hoped. The men have no reason to know where she is. She goes to lessons, she comes home, and Steve sleeps. Janet's phone is quiet for the first time since September.
    Mia does not know anyone at the new school. Ruby messages her every night for the first fortnight, and then every other night.
* [Hold a strategy meeting: a child protection enquiry, support around Mia and her dad, and the men investigated as adults who trafficked a child #where:individual #how:ecological #adopt #agency:social-care #domain:welfare #trust:+1 #youth-trust:+1 #time:-10 #cost:Nothing in it moves Mia away from the stop by Monday, and Steve says so, angrily #benefit:Mia keeps her school, her friends and the adults who know her, and every agency works to one plan #why:It works for one girl by bringing the adults and services around her together, not by changing what she does or where she is.]
    Sam convenes the strategy meeting that afternoon, with Amy, Janet, Rosa and the family's GP. It agrees an enquiry under section 47 of the Children Act, and a referral to the National Referral Mechanism for a child who may have been trafficked. Mia stays at Brookmere, with Ruby. Sam and Steve work out, hour by hour, who is at home after school on each day of the week.
    Steve sits through all of it, and then says: "So on Monday she's back at the same bus stop." Nobody can tell him he is wrong. {notice:The man is on bail and the other two are still under investigation|All three men are still under investigation}, and the panel has to live with that for weeks.
* [Ask the panel to pause before deciding #unscored #pause]
    "Before we decide anything about Mia," you say, "can we take ten minutes? I want to be sure we're choosing what keeps her safe, not what makes this stop feeling like our fault." #speaker:you
    Janet says she feels as though she has failed. Rosa says she does not think anyone in the room has failed Mia as much as the arrangement that left her at that stop alone.
    {present_head_teacher:
        Paul says he could agree the move by Friday, and that he is not sure he should. "It would make the adults feel better," he says. "I don't know yet if it would make Mia safer, or just further away." #speaker:head-teacher
    - else:
        Sam says the move might be right, and that he wants the panel to choose it for Mia's sake and not for its own. "It would make us feel better," he says. "I don't know yet if it would make her safer, or just further away." #speaker:social-care
    }
    Amy says that a move would make her job harder and the men's easier to ignore, and that she would still support it if it kept Mia alive. Nobody in the room thinks that is a small thing to say. #speaker:police
    -> decide
- -> lead

=== lead ===
The panel has to decide who holds this from here. #section:plan
Janet has held it for four months, mostly alone. She says, without any self-pity, that she cannot carry the place as well as the girl.
# facilitator: Who holds this from here
# facilitator-minutes: 6
# facilitator-point: Level 1: Mia’s plan, with the stop written into it. Level 2: a plan for the stop itself, for every girl who waits there.
# facilitator-point: Level 2 needs each partner to own a part, and someone to hold it between meetings.
# facilitator-finding: The pilots’ forums included assessments and plans for schools, peer groups and places, not only for individual children.
# facilitator-cite: Owens & Lloyd 2023, Methodology: Pilots
# facilitator-ask: Who would own the bus stop between meetings, and what would they do on a Tuesday?
You put it to the panel as a choice between two levels of work. At the first level, the plan is Mia's, and the places around her are written into it. At the second, the stop itself gets a plan of its own, for every girl who waits there, whether or not anyone has referred her.
* [Level 1: keep it as Mia's case, held by Sam with Janet, with the stop written into her plan #where:individual #how:ecological #domain:welfare #anxiety:-1 #why:It mobilises the adults around one girl and takes her contexts into account, without setting out to change the place for anyone else.]
    Sam holds the case, with Janet as the school's lead. Janet is given an extra half day a week. The stop is written into Mia's plan {moved:as somewhere she no longer needs to wait|as the place she must not be left alone at}. It is a clear plan with names against it, and it ends when Mia's case closes.
* [Level 2: add a plan for the stop itself, for every girl who waits there, led by the panel, with each partner owning a part #where:context #how:ecological #adopt #agency:social-care #domain:partnership #domain:measure #guardianship:+1 #trust:+1 #time:-10 #cost:A monthly meeting for people who already have too many, and a partner's patience when nothing changes for weeks #benefit:The stop belongs to somebody, and the plan outlives Mia's case #why:It sets out to change a place and the partnership responsible for it, for every girl there, not only the one referred.]
    ~ level2 = true
    You agree to chair a monthly review of the stop. {present_head_teacher:Paul takes the stop itself;|Janet takes the stop until Paul can be persuaded to;} Amy takes the men; Rosa takes a log at the stop; Sam and Janet take Mia{present_transport:; Geoff takes the 3.40}. Janet says it is the first time in four years she has not felt alone with a case.
- -> readback

=== readback ===
Before the meeting ends, you read the whole plan back to the room. #section:plan
It is a habit you picked up from an old manager, who said that a plan agreed one item at a time is not the same as a plan anyone has looked at as a whole. Read out together, the actions say what the panel thinks the problem is. Some of them are about Mia. Some are about the man. Some are about the stop and the school. You ask the room to notice which of those three has the most lines.
Rosa says the plan is long. Amy says long is fine if each line has a name next to it. Janet asks, almost apologetically, whether anything in it is about the other girls who will stand at that stop next year{moved:, now that Mia will not be one of them}. There is a pause while everyone reads the plan again to check.
Sam will tell Steve what has been agreed tonight, in person, before his shift. Janet will tell Mia tomorrow, at a time Mia chooses. Everyone agrees that Mia should hear it from someone she trusts, and not from a letter.
-> first_timeskip

=== first_timeskip ===
# facilitator: A term on
# facilitator-minutes: 4
# facilitator-point: The stop and the girls move on from what was adopted.
# facilitator-point: Ask each table to predict what the school, the police and the girls will each report.
# facilitator-finding: Partnerships were often unaware that their responses pulled in different directions; the effects showed up later, at the place.
# facilitator-cite: Owens & Lloyd 2023, Implications for contextual safeguarding
# facilitator-ask: What will tell you whether the stop is safer, as opposed to quieter?
A term later. #timeskip:A term later #section:timeskip #scene:school
You have thought about Mia most days since the plan was made. It is one of the things nobody tells you about chairing a panel: that the children stay with you between meetings, and that you find yourself looking at bus stops.
A school term is about thirteen weeks, long enough for a plan to become routine or to be quietly dropped. You go back to the stop at ten past three on a wet Tuesday to see which.
{
- outcome_place == "watched-over":
    {stop_cover == 2: There is a member of staff at the stop in a high-visibility coat, arguing with Year 8s about football.} {stop_cover == 1: On Tuesdays and Thursdays there is someone from Janet's team at the stop; on the other days, there are the adults who were already there.} {stop_cover == 0: Nobody from the school is at the stop, but the adults who were always there are watching differently.} {present_transport: Carol has Amy's card taped to her till, and the depot's drivers have logged two cars in the lay-by this term, both of which turned out to be parents.} {present_transport: The 3.40 now leaves the depot five minutes earlier and comes at 3.38.} {goal == 2 || level2:Rosa's log shows no unknown car stopping in the lay-by for six weeks.|Rosa, who still walks past most afternoons, has not seen an unknown car in the lay-by for six weeks.}
- outcome_place == "quiet-but-displaced":
    The stop is quieter.{stop_cover == 2: There is a member of staff there every afternoon now.} {goal == 2 || level2:Rosa's log shows|Rosa, walking past most afternoons, sees} fewer cars{notice:, and the patrol car still passes most days}. But Ruby tells Rosa that girls are being picked up behind the retail park instead, a ten-minute walk away, where nobody from school or anywhere else stands.
- else:
    The stop is much as it was. {notice: The patrol car comes some days and not others.} {stop_cover == 0: Nobody from the school stands there after twenty-five past three.} {stop_cover == 1: The rota has become one afternoon a week, when it happens.} {stop_cover == 2: The member of staff on duty is there on most days, and on the days of staff training and sickness, nobody is.} Rosa has seen an unfamiliar car in the lay-by twice.
}
{
- outcome_young_people == "connected":
    {moved: Mia is at her new school, and still talks to Janet on the phone on Wednesdays, because Janet asked to keep the hour.|Mia is still at Brookmere. She and Ruby are friends again.} She has not been in the man's car since she was found. {adults_plan: She told Janet last week that she would not have talked to her if Janet had got out another worksheet.|She told Janet last week that the sessions were boring, and that she came because Janet came.}
- outcome_young_people == "out-of-sight":
    {moved: The taxi stopped at half-term. Mia now takes two buses, and waits forty minutes at a stop nobody at the panel has seen. Her new school says she is "settling", by which they mean she is quiet. She has stopped answering Sam's texts.|Nobody is quite sure how Mia is. She comes to school, and answers questions, and tells nobody anything. She has stopped answering Sam's texts.}
- else:
    {moved: Mia is at her new school. She is safer than she was, and not yet safe. She does not talk about Brookmere, or about Ruby.|Mia is safer than she was, and not yet safe. Some weeks she talks to Janet; some weeks she does not.}
}
{
- outcome_partnership == "trusting":
    The partnership is stronger. {present_transport: Geoff Tanner from the bus depot now comes to the panel's meetings about school areas.} {present_head_teacher: Paul and Janet share the safeguarding load in a way they never did before.|Janet says she can ring Amy or Rosa now without feeling she is making a fuss.}
- outcome_partnership == "reporting":
    Each agency sends its update. The plan is reviewed monthly. It is not clear that anyone's thinking has changed.
- else:
    The partnership has frayed. Janet is off sick with stress. Nobody has picked up her cases.
}
-> review

=== review ===
At the review, Janet brings the folder of worksheets and puts it on the table. #section:review #scene:room
You begin, as you promised, with the goal the panel set.
{
- goal == 1:
    The goal was that Mia would complete a programme of work on exploitation and end the relationship. {adults_plan: Janet changed the programme, so the first half was never finished as written; she says she is not sorry.|The programme is complete: every session, every worksheet, signed off.} Whether Mia has ended the relationship, nobody can honestly say. {moved: She is at another school and he does not know where.} {notice: He is on bail conditions not to contact her.} By its own measure the panel is partly done. {stop_cover > 0:There is a rota at the stop in the plan, but the goal did not ask about the stop, so nothing the panel measures says whether it helped.|The goal did not ask about the stop, so the minutes say nothing about it.}
- goal == 2:
    The goal was that no girl at the stop would be picked up by an adult who meant her harm, and that Mia would have adults she trusts, measured by the log and by asking the girls again. {outcome_place == "watched-over": Rosa's log shows no unknown car in the lay-by for six weeks, and Ruby's second map has a green dot on the stop at twenty to four.} {outcome_place == "quiet-but-displaced": The log at the stop is good, and the girls' second map is not: a new red dot behind the retail park.} {outcome_place == "unsettled": The log still shows cars in the lay-by, and the girls' second map has the stop in yellow.} {stop_cover == 0: Nothing in the plan put anyone at the stop, Rosa points out, so the panel should not be surprised by what the log says.} {moved: Mia is no longer at the stop, which meets half of the goal for her and none of it for the next girl.}
- else:
    The goal was that the man would be kept away from Mia and from the stop, and charged if the evidence allowed. {notice: On that measure the plan has done well: a notice served, a charge, bail conditions that keep him away from Brookmere.|He is still under investigation, and nothing the panel did put a notice on him before Mia went missing.} {outcome_place == "unsettled" || outcome_place == "quiet-but-displaced": Amy says that the stop has had other cars in it since, and that her goal would not have told anyone.} {outcome_place == "watched-over": Amy says the stop has been clear, and she is not sure that was her doing.}
}
"I've been thinking about what I'd do differently," Janet says. {adults_plan:"I'm glad I put the worksheets away. I wish I'd done it in October."|"I'm not sure the answer was another worksheet."} #speaker:school
# facilitator: The school’s own practice
# facilitator-minutes: 7
# facilitator-point: Closing the school’s part, a whole-school self-assessment, or rereading four girls’ records with place in mind.
# facilitator-point: Janet’s course was a good course; it answered a different question.
# facilitator-finding: The authors argue that those adopting contextual safeguarding need support to become aware of the orientation of their work and more deliberate about it.
# facilitator-cite: Owens & Lloyd 2023, Implications for contextual safeguarding
# facilitator-ask: What training has your own agency given that, like Janet’s course, answers a different question from the one in front of you?
She explains that she went on a course on healthy relationships work three years ago, and that it was a good course. It taught her how to help a girl understand what was happening to her. It did not ask whether understanding was what the girl was missing. "Mia understood everything," Janet says. "What she didn't have was anybody at that stop at twenty to four." #speaker:school
* [Record that the school's work with Mia is complete, and close the school's part of the plan #where:individual #how:behaviour #anxiety:-1 #why:It counts the school's part done when its work on one girl is done, so what the school measures is a change in her.]
    It goes in the minutes. Janet takes the folder back and does not say anything else. It frees a morning a week of her time, which she needs.
* [Ask the school to assess itself against the whole picture: how it prevents, spots and responds to harm beyond its gate #where:context #how:ecological #adopt #agency:school #domain:measure #domain:target #harm:0 #time:-10 #cost:Governors' time, and a report with more red than green that an inspector may one day read #benefit:The school will know where it is weak before the next girl shows it #why:It asks an institution to look at its own rules and practices, not at one pupil.]
    {present_head_teacher:Paul agrees|Janet agrees, and says she will take it to Paul herself,} to a self-assessment, using the traffic-light framework the panel has been piloting with schools. The first version has more red than green. "Good," says Rosa. "Now we know where to start." #speaker:health
* [Ask Janet to reread the four girls' records beside Mia's, and add "place" to the school's safeguarding form #where:context #how:ecological #adopt #agency:school #needs-known:pattern #domain:target #harm:0 #anxiety:+1 #cost:An afternoon a month of Janet's time, and an uncomfortable look at cases she handled herself #benefit:The next girl picked up near the same place will be seen as part of a pattern, not as a first case #why:It changes an institution's practice, what its records notice, rather than any one girl's behaviour.]
    Janet adds a box to the form: "Where?" Next to it she writes a note for whoever comes after her: if two records name the same place, tell the panel. "It's one box," she says. "It would have joined up four girls." #speaker:school
- -> second_timeskip

=== second_timeskip ===
# facilitator: A year later
# facilitator-minutes: 5
# facilitator-point: The ending follows from what the plan did at the stop and how the partnership worked.
# facilitator-point: Compare it with the goal the panel set.
# facilitator-finding: Ecological responses were often coupled with behaviour-based ones, with little awareness of how they sat together.
# facilitator-cite: Owens & Lloyd 2023, Implications for contextual safeguarding
# facilitator-ask: Which girl at that stop next year will benefit from what this panel did, and how would you know?
A year later. #timeskip:A year later #section:ending #scene:school
A year on, Mia is fifteen. You read the panel's notes again before deciding whether to close the case, and then, because notes never tell the whole story, you go and find out for yourself.
{
- outcome_young_people == "connected":
    -> ending_watched
- outcome_young_people == "out-of-sight":
    -> ending_out_of_sight
- else:
    -> ending_half
}

= ending_watched
{moved:Mia is in Year 10 at her new school, and, to everyone's surprise including her own, she likes it.|Mia is in Year 10 at Brookmere.} #ending:watched-over
{notice: The man was convicted in the spring of child abduction, on the strength of the notice and the car; the other charges were left on file.|The man's case is still with the Crown Prosecution Service. Amy rings Sam every month to say so.} Mia did not give evidence. She is doing her GCSEs. She told Janet she wants to be a paramedic, then laughed and said "or something".
{stop_cover == 2: Brookmere has a member of staff at the stop every afternoon. It is on the duty rota now, between the canteen and the field. Paying for the cover cost the school its part-time counsellor's extra hours this year, a trade Paul says he would make again and still resents.} {stop_cover == 1: The pastoral team still stand at the stop two afternoons a week; Carol and the drivers cover the rest, after a fashion.} {stop_cover == 0: Nobody from Brookmere stands at the stop{present_transport:, but the adults who were always there now know whom to ring}.}
{adults_plan: Janet still does one-to-one work, but it starts with different questions now: who is around you, who would you call, who picks up.|Janet's worksheets are in a cupboard. She has not thrown them away; she just finds she starts somewhere else now.}
When you close the case, you write in the summary what you think made the difference, and you try to be honest about how much of it was Mia, how much was luck in the timing, and how much was the adults who were there at twenty to four. You are not sure the safeguarding board will understand why a bus stop belongs in a case summary about one girl. You write it anyway.
-> END

= ending_out_of_sight
{moved:Mia is at her new school, across the county.|Mia is still on Brookmere's roll, and mostly in its lessons.} #ending:out-of-sight
{moved: The move did what it promised for the first half-term. After that, she had two buses and a forty-minute wait at a stop in a town where nobody knew her name. She has been missing three times this year, each time found within a day, once with an adult the police had not heard of.|She has been missing three times this year, each time found within a day, once with an adult the police had not heard of.} {moved:Her new school's safeguarding lead has started a programme of one-to-one sessions on healthy relationships. Mia knows all the answers.|She still sees Janet on Wednesdays, and says less each time.}
{notice: The man was convicted of child abduction in the spring, and the panel recorded it as a success, which it was.|The man's case is still with the Crown Prosecution Service.} At Brookmere, the stop is quieter than it was. In September, Rosa noticed a car in the lay-by at twenty to four, and another behind the retail park. Different cars, different men. She wrote them down{goal == 2 || level2:, though the log had been stopped in the summer, when the case was closed|, though nobody had asked her to}.
When you read the file back, you can see why each decision was made, and you would defend most of them. {level2 || stop_cover > 0 || present_transport:There are lines in it about the stop{level2:, and a monthly plan with names against them}. They were not enough to hold the place when the harm moved somewhere they did not reach.|What you cannot find is a line that belonged to the stop rather than to a girl. The stop appears in the file only as the place where Mia "chose to wait".}
-> END

= ending_half
{moved:Mia is in Year 10 at her new school.|Mia is in Year 10, still at Brookmere.} #ending:half-way
Some of what the panel did has held. {notice: The man was convicted of child abduction in the spring.|The man's case is still waiting for a decision.} Mia is safer than she was, and talks to {moved:Sam|Janet} sometimes. {adults_plan: Steve stayed off nights, in the end, and took the pay cut.|Steve went back to nights; he had to.}
{
- outcome_place == "watched-over":
    The stop has changed more than Mia has. {stop_cover == 2:There is someone from school there every afternoon|There are adults at the stop who know whom to ring}, and nobody has seen the grey car in the lay-by since the spring. But Mia still keeps most adults at arm's length, and twice this year she has gone missing for an evening from places the panel never mapped.
    At the last review, Janet said she thought the panel had made the stop safer and had not yet reached Mia. Nobody argued. You wrote "Mia: who does she trust?" on the agenda for next month, and underlined it.
- else:
    Some of it has not. {stop_cover == 2: The stop is staffed on the days the rota works, which is most of them, and not on the days it does not.} {stop_cover == 1: The pastoral rota lasted until the spring.} {stop_cover == 0: Nobody from the school stands at the stop.} Janet is carrying three more cases like Mia's this term.
    At the last review, Janet said she thought the panel had helped Mia and left the stop more or less where it was. Nobody argued. You wrote "the stop" on the agenda for next month, and underlined it.
}
Driving home, you think about how easy it was to agree each part of the plan, and how hard it is to say whether the whole of it made Brookmere any safer, or Mia. Each line had a name against it. What nobody owned was the way the lines fitted together{level2:, though the monthly meeting about the stop came closest}.
-> END
