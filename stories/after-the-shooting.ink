# title: After the Shooting
# summary: A fifteen-year-old boy has been shot on an estate. The community safety panel meets at the police station, under terms of reference written for anti-social behaviour, and a draft safety plan asks him to gain insight into the risks.
# themes: a shooting (not described in detail), criminal exploitation and county lines, policing and arrests, racial disparity in enforcement
# minutes: 20 to 30
# site: D
# setting: A community safety panel at a police station, and an estate
# place: estate
# order: 3
# start: risk 8, anxiety 7, trust 4, youth-trust 2, time 90, guardianship 2, welcome 2, pull 6, harm 7, displacement 1
# present: police, community-safety, youth-justice, social-care, housing, health, school
# commissioned: mentoring, hospital-navigator
# cast: you = You, social work practice lead for the context assessment pilot
# cast: community-safety = Rob Kettering, community safety manager and chair of the panel
# cast: police = Inspector Dan Webb, gangs and exploitation unit
# cast: youth-justice = Nadia Farouk, youth justice worker
# cast: social-care = Ellie Grant, Tyrese's social worker
# cast: housing = Kath Moore, housing officer for the Hollins estate
# cast: health = Jas Sandhu, youth violence navigator at the hospital
# cast: school = Clive Benson, assistant head, Hollins Park School
# cast: parent = Joy Campbell, Tyrese's mother
# cast: young-person = Tyrese, 15
# research: In this site, referrals about places came through systems built for behaviour. The community safety panel's terms of reference described a panel for children causing concern through anti-social behaviour, or behaviour that was getting worse. For the pilot a line about risk to children outside the home was added, but the panel's original focus stayed.
# research: Some of the panel's meetings took place at a police station, with images of young people projected on the wall in the style of mug shots. After a boy was shot, his safety plan set out to help him understand exploitation, so that he could make better choices and protect himself. A social worker noted that disruption work might lead to more arrests of young people.
# research: The authors suggest that when risk is highest, partnerships lean on police and community safety, whose methods feel more robust, and that behaviour-based plans can defend professionals against the anxiety of the harm and of what it would take to change its drivers. They also note research showing Black young people over-represented in county lines interventions.
# cite: Owens & Lloyd 2023, Findings: "Safeguarding practice targeting individual behaviours"
# cite: Owens & Lloyd 2023, Discussion: "Extra-familial harm"
# cite: Owens & Lloyd 2023, Multi-agency arrangements and extra-familial harm

VAR anxiety = 7
VAR outcome_young_people = "mixed"
VAR outcome_place = "unsettled"
VAR outcome_partnership = "reporting"
VAR sources = 0
VAR heard_tyrese = false
VAR photos_down = false

-> referral

=== referral ===
The community safety panel meets on the second floor of Hollins Road police station, in a room with a long table, a projector and a view of the car park. #section:referral #scene:room
You are here because the council is piloting "context assessments", and the practice guidance you helped write says that places, not only children, can be referred. This is the first time the panel has tried it. The pilot has been running for three months. Until now, every referral has still been about a named child.
Rob Kettering, the community safety manager, chairs. He is efficient and fair, and he has chaired this panel for six years. He begins, as always, by reading the panel's terms of reference aloud. #speaker:community-safety
The terms say the panel is for children who are causing professionals concern: anti-social behaviour, or behaviour that seems to be getting worse. A line has been added in bold for the pilot: "or where there is a potential risk to them outside the home". Rob reads the bold line slightly faster than the rest.
On the wall behind him, the projector shows the first slide: fourteen photographs of young people, each with a name, a date of birth and a list of "associates". They look like police custody photographs because most of them are. Nadia Farouk, from youth justice, catches your eye. Eleven of the fourteen faces are Black boys. #speaker:youth-justice
Around the table: Dan Webb from the police's gangs and exploitation unit; Ellie Grant, Tyrese's social worker; Nadia; Kath Moore from housing; Jas Sandhu from the hospital; Clive Benson from the school. Everyone has a copy of the agenda, which lists twenty-two children by name. Tyrese is item four. There is forty minutes for all twenty-two.
You have been told, more than once, that this panel works. It meets every fortnight, it never misses, and it gets things done quickly. That is true. You have also noticed that it gets the same things done for almost every child: a referral to mentoring, a visit from the police, a warning letter to the family, and an agreement that the child will "stay away" from somewhere.
Before the meeting, a colleague who sat on this panel for years told you to watch the clock. "Forty minutes for twenty-two children," she said. "Nobody means any harm by it. But when there are two minutes a child, you get the plan you always get." You have the clock in the corner of your eye as Rob speaks.
Then Rob introduces the case. Two weeks ago, Tyrese Campbell, fifteen, was shot in the leg on the walkway behind the shops on the Hollins estate. He is home now, on crutches. Inspector Dan Webb believes the shooting is linked to a drug supply line run by older men from outside the borough, who recruit boys from the estate to carry and sell. #speaker:police
Ellie Grant, Tyrese's social worker, has drafted his safety plan. It says agencies will help Tyrese "gain insight" into criminal exploitation and its dangers, so that he can make better choices and keep himself safe. #speaker:social-care
* [Ask for the photographs to be taken off the wall, and for the young people to be called by their first names #where:context #how:ecological #domain:welfare #youth-trust:+1 #trust:-1]
    ~ photos_down = true
    "Before we go on," you say, "could we take the photographs down? These are children, and several of them are victims. I'd rather we talked about them by name than looked at them like suspects." #speaker:you
    There is a pause. Dan Webb says the slides help the panel keep track of who is who. Rob looks at the wall as if seeing it for the first time, and switches the projector off. "Noted," he says. Nadia writes something down and underlines it. #speaker:community-safety
* [Leave the slides; it is the police's room and their way of working #where:context #how:behaviour #anxiety:-1]
    You say nothing. The faces stay on the wall for the rest of the meeting. Later, you notice that whenever a boy is discussed, people look at his photograph rather than at each other.
* [Ask for the associates of each boy to be mapped, so the panel can see the whole group #where:individual #how:behaviour #youth-trust:-1]
    "It would help to see the group as a whole," you say. "Who's connected to whom." #speaker:you
    Dan Webb is pleased; his analyst can do that by the end of the week. Nadia says quietly that being on that map will follow some of those boys for years, whether or not they did anything. #speaker:youth-justice
- -> scoping

=== scoping ===
Rob agrees to treat the walkway and the shops as a "context" for the pilot. You have two weeks before the next panel, and the capacity to do two pieces of work. #section:scoping
Dan offers to second a police analyst to the assessment. Kath says housing has records going back years about the estate: repairs, complaints, tenancies, the youth club's lease. Jas says the hospital sees the estate from a different angle altogether. For the first time, the information around the table is about a place rather than a boy, and nobody is quite sure what to do with it.
The pilot's template asks about the young people in the place, the adults who are there and care about them, and the place itself: who owns it, who runs it, what rules apply. You have used it twice before, both times on paper. This is the first time it will be used on a real estate.
-> hub

= hub
{sources == 1: There is time for one more.}
* [Visit Tyrese and his mother at home, with Ellie #where:individual #how:ecological #youth-trust:+1] -> tyrese(-> heard)
* [Walk the estate after dark with the housing officer and the hospital youth worker #where:context #how:ecological #domain:measure] -> estate(-> heard)
* [Ask the police for the intelligence picture on Tyrese's associates #where:individual #how:behaviour #anxiety:+1] -> intelligence(-> heard)
* [Meet the residents' association and the people who ran the youth club before it closed #where:context #how:ecological #domain:partnership] -> residents(-> heard)
* [Ask the school about Tyrese's attendance and behaviour #where:individual #how:behaviour] -> school(-> heard)

= heard
~ sources += 1
{sources < 2: -> hub}
-> weighting

= tyrese(-> next)
~ heard_tyrese = true
Joy Campbell lets you in and makes tea before she says anything. The flat is spotless. Tyrese is on the sofa with his leg up, playing a game on his phone, and does not look up. #scene:estate
Joy does most of the talking at first. She has lived on the estate for twenty years. She says the police have been to the flat four times since the shooting, and every time they asked Tyrese who his friends were, and never once asked who had shot him. #speaker:parent
When Ellie mentions the safety plan, Joy laughs without any humour in it. "Insight," she says. "He's got a bullet wound. He's got insight." #speaker:parent
Tyrese speaks eventually, when his mother goes to answer the door. He says he was walking back from the shop. He says the men who run things "don't need you to choose anything". If they say carry this, you carry it, or something happens to you or your little brother. He is not asking for help. He is explaining how it works to people who obviously do not know. #speaker:young-person
As you leave, he says, to his phone rather than to you: "There used to be a youth club. It was all right."
-> next

= estate(-> next)
Kath Moore, the housing officer, and Jas Sandhu, who works with young people admitted to A&E after violence, meet you at the estate's shops at nine. #scene:estate
The shops are a parade of five: a convenience store, a chicken shop, a bookmaker and two empty units. The walkway behind them, where Tyrese was shot, runs between garages to the tower blocks. Two of its four lights have been broken for a year. Kath has reported them six times. #speaker:housing
There are young people outside the chicken shop, as there are most nights. The community centre across the road is locked; it used to host the youth club, which closed when its funding ended eighteen months ago. Since then, Kath says, the only indoor space open to teenagers after six is the chicken shop, which lets them stay if they buy something. #speaker:housing
Jas says that most of the boys she sees in A&E were hurt within five hundred metres of where they live. "The hospital is the only place some of them ever talk to an adult who isn't trying to catch them," she says. #speaker:health
By ten, three cars have stopped briefly at the end of the walkway. Nobody is surprised.
-> next

= intelligence(-> next)
Dan Webb's analyst sends a chart: Tyrese in the middle, thirteen boys around him, lines between them based on stop records, phone contact and "seen together". #scene:room
Some of the lines are to boys Tyrese has been at school with since he was five. Two are to cousins. The chart labels the whole group with the name of the drug line. #speaker:police
The chart is detailed about the boys. It has two boxes at the top, labelled "Adult 1" and "Adult 2", with almost nothing in them.
You notice that a boy's being on the chart is being treated, in the notes, as evidence of his involvement. You also notice that, once you have looked at the chart for a while, it is hard to see the boys as anything else.
-> next

= residents(-> next)
The residents' association meets in the community centre on the first Tuesday of every month, and lets you have twenty minutes. #scene:estate
There are nine residents and a volunteer who used to run the youth club. The residents are frightened, angry and tired, in roughly equal measure. Several want the police to "clear the shops". One woman says she is more frightened of the police cars than of the kids. An older man says he has known Tyrese since he was a baby and it breaks his heart. #speaker:housing
The youth club volunteer, a retired bus driver called Len, says the club had forty young people a week at its peak. It cost, he says, less per year than one of the police operations on the estate. "We weren't clever," he says. "We just opened the door and stayed." The building is still there. The council still owns it. It has been empty on weekday evenings for eighteen months.
-> next

= school(-> next)
Clive Benson, an assistant head at Hollins Park School, sends you Tyrese's record. #scene:room
Attendance: sixty-one per cent this year. Behaviour points: many, mostly for "defiance" and "lateness". Two fixed-term exclusions. He is on a part-time timetable, in school until midday, "to help him re-engage". #speaker:school
Clive is honest on the phone. "He's not a bad kid. He's a kid nobody's had time for. The part-time timetable means he's on the estate from twelve every day, which I know isn't ideal." He pauses. "Actually, it means he's on the estate when the people who recruit kids are on the estate." #speaker:school
-> next

=== weighting ===
The panel meets again, same room. #section:weighting #scene:room
{photos_down: The projector is off. Nobody has switched it back on. Rob has put printed agendas on the table instead.|The photographs are back on the wall. Rob has added Tyrese's.}
{heard_tyrese: You tell the panel what Tyrese said: that the men don't need you to choose anything.|Nadia points out that nobody has asked Tyrese what happened, or what would make him safer. "We've got his photo," she says. "We haven't got his view." #youth-trust:-1}
You present the assessment under its three headings. What the young people bring: they know exactly who is dangerous and when, and they look after each other, in their way. Guardianship: very little after dark; the youth club volunteers are gone, the shopkeepers keep their heads down, and the adults most present in the boys' evenings are police officers and the men who recruit them. The place: a parade with two empty units, a walkway with broken lights, a locked community centre, and a school timetable that sends boys home at midday.
When you finish, Dan says it is the most detailed picture of the estate he has seen, and that it does not change the fact that someone has a gun. Both things are true, and you say so.
You put the assessment's question to the panel: which context has most influence on the harm, and so has to change first?
* [The group of boys around Tyrese: break it up and the risk goes #where:context #how:behaviour #youth-trust:-1]
    "The peer group," you say. "If we can separate those boys, the line loses its runners." #speaker:you
    Dan Webb agrees. Nadia says that breaking up a group of boys who have grown up together is also breaking up the people who look out for each other. "They're the only protection some of them have," she says. #speaker:youth-justice
* [The adults running the drug line, who recruit from the estate #where:context #how:behaviour #domain:welfare]
    "The adults who run the line," you say. "That's where the harm comes from. The boys are what it feeds on." #speaker:you
    Dan Webb agrees. Kath adds, "And they come here because there's nothing else here for a fifteen-year-old after midday." #speaker:housing
* [The estate itself: no youth provision, a dark walkway, the only warm place a chicken shop, boys on the estate from midday #where:context #how:ecological #domain:target]
    "The estate," you say. "The youth club shut, the lights on the walkway are broken, the boys are out of school from twelve, and the only adults who seem to want them around are the ones recruiting them." #speaker:you
    Rob looks at the terms of reference in front of him. None of those things is anti-social behaviour. "That's a different sort of panel," he says, not unkindly. #speaker:community-safety
* [Tyrese's own decisions: he needs to choose to step away #where:individual #how:behaviour #youth-trust:-1]
    "In the end," you say, "Tyrese has to choose to step away from it." #speaker:you
    Jas Sandhu looks at you for a moment. "He was shot walking back from the shop," she says. #speaker:health
- -> goals

=== goals ===
Before responses, you ask the panel to agree what it is trying to achieve. #section:goals
It is not how the panel works. Rob's agendas go child by child, action by action. Dan says his unit measures success by arrests and seizures. Clive says the school measures it by attendance. You say that if the panel does not agree what safety would look like on the Hollins estate, each agency will keep measuring what it already measures, and nobody will notice whether the walkway got any safer.
Jas asks whether anyone has ever asked the young people on the estate what safe would look like to them. Nobody has. She says that at the hospital, when she asks, the answer is almost always the same: somewhere to go, someone who knows your name, and not being stopped every time you walk to the shop.
* [Goal: Tyrese and the boys around him stop associating with the line, measured by police contact #where:individual #how:behaviour #anxiety:-1]
    It goes in the minutes. Dan says police contact is easy to count. Nadia asks how you tell the difference between a boy who has stopped and a boy who has learned not to be seen.
* [Goal: the walkway and the shops are safe for young people to be in, with adults around who look out for them; measured by asking young people, residents and the hospital #where:context #how:ecological #domain:measure #trust:+1]
    It goes in the minutes. Jas says the hospital can report admissions from the estate every quarter. Kath says residents will tell you soon enough.
- -> discussion

=== discussion ===
The panel turns to responses. #section:discussion
Rob reminds the room that the panel has forty minutes and twenty-one other children. He is not being callous; it is the job he has been given. But it means that whatever is agreed about Tyrese and the estate will be agreed quickly, by people who are used to agreeing quickly, in a room whose habits were formed around anti-social behaviour.
You watch the proposals arrive in the order you have learned to expect: the safety plan first, then the police, then community safety, with housing and health last, if there is time.
Ellie Grant presents her draft safety plan again. She is an experienced social worker, and she is defending it because it is what plans like this always say. #speaker:social-care
"Agencies to help Tyrese gain insight into criminal exploitation and its dangers, so he can make better choices and keep himself safe. Mentoring, weekly. Youth justice to deliver consequential-thinking sessions. He agrees not to go to the shops after dark." #speaker:social-care #name-it:individual-behaviour
-> safety_plan

= safety_plan
* [Agree the safety plan as drafted #where:individual #how:behaviour #adopt #agency:social-care #key #service:mentoring #anxiety:-1 #youth-trust:-1]
    The plan is agreed. Ellie will go through it with Tyrese and his mother. Joy Campbell, when she reads it, asks Ellie to explain which part of it stops someone shooting her son. Ellie does not have an answer she believes.
* [Rewrite it as a plan for the adults: what each agency will do to make Tyrese safer, starting with the people who hurt him #where:individual #how:ecological #adopt #agency:social-care #domain:welfare #youth-trust:+1 #trust:+1]
    "Can we turn it round?" you say. "Every line of this asks Tyrese to do something. Let's have every line say what one of us will do. Police: pursue the people who shot him and the people who run the line. School: a full timetable, with a safe route. Hospital: Jas stays in touch. Housing: the walkway lights, this week." #speaker:you
    Ellie looks at the draft, then at you, then starts crossing out. "It's a better plan," she says. "It's also a much harder one." #speaker:social-care
* [Ask housing for an emergency transfer so the family can leave the estate #where:individual #how:behaviour #adopt #agency:housing #youth-trust:-1]
    Kath says she can request a management transfer, but it may take months and may not be in the borough. Joy, when asked later, says she has lived there twenty years and her mother is two doors down. The request is made anyway.
- -> disruption

= disruption
Dan Webb sets out the police's plan. #speaker:police
"We want to run a disruption operation on the estate for the next six weeks. Stop and search around the shops, a dispersal zone in the evenings, and targeted visits to the boys on the chart. It puts pressure on the line. I'll be straight with you: it will probably lead to some arrests of young people. That's not the aim, but it happens." #speaker:police #name-it:context-behaviour
{anxiety >= 7: The room is tense. A boy has been shot; doing nothing feels unthinkable. Rob is already nodding.}
* [Support the disruption operation as proposed #where:context #how:behaviour #adopt #agency:police #key #anxiety:-2 #youth-trust:-2]
    The panel supports it. Ellie notes that social workers may need to increase visits to families affected by the operation. Nadia asks that youth justice be told of any arrests within a day. Dan agrees.
* [Ask the police to aim enforcement at the adults who run the line, not the boys on the estate #where:context #how:behaviour #adopt #agency:police #domain:welfare #harm:-1 #trust:+1]
    "I'd rather the pressure went on the adults," you say. "The men in the cars at the end of the walkway, not the boys outside the chicken shop." #speaker:you
    Dan thinks about it. "It's slower," he says, "and it's harder to show results. But I take the point. My bosses won't love it." #speaker:police
* [Decline police involvement on the estate for now #where:context #how:ecological #trust:-2]
    "I don't think more policing on the estate makes Tyrese safer," you say. #speaker:you
    Dan's face closes. "Then who's going to be there on Friday night?" he asks. "Because somebody shot a fifteen-year-old, and I'm the one who gets the call." Rob moves the agenda on quickly. #speaker:police
- -> the_walkway

= the_walkway
Rob has a proposal from community safety: CCTV on the parade and the walkway, paid for from the community safety budget. #speaker:community-safety
Kath has a different one. "Fix the lights, which I've asked for six times. And open the community centre on weekday evenings again. Len and two of the old volunteers would come back if we paid for a youth worker. The building's sitting there empty." #speaker:housing #name-it:context-ecological
* [Install CCTV on the parade and the walkway #where:context #how:behaviour #adopt #agency:community-safety #welcome:-1 #harm:-1]
    The panel agrees the CCTV. It will take three months. Kath asks whether the lights could be fixed while the cameras go in, since the cameras will need them anyway. The lights are added to the order.
* [Fix the lights and reopen the community centre on weekday evenings with a paid youth worker and the old volunteers #where:context #how:ecological #adopt #agency:housing #domain:target #domain:partnership #guardianship:+3 #welcome:+2 #youth-trust:+1]
    Rob finds the money in the same budget line as the CCTV. Kath says she will have the lights fixed by Friday, "if I have to hold the ladder myself". Jas offers to come to the centre one evening a week. #speaker:housing #map:lights #map:centre-open
- -> pressure

=== pressure ===
Ten days later, a seventeen-year-old is stabbed outside the chicken shop. He survives. Rumours spread on the estate that it was revenge for Tyrese. #section:pressure #risk:+2 #anxiety:+2
The estate is tense. There are police cars at the parade every evening. Joy Campbell has kept Tyrese indoors for a week and says he is climbing the walls. Jas has had two boys from the estate in A&E in three days, neither badly hurt, both refusing to say what happened. Kath has had eleven calls from residents, most of them asking for the community centre to be opened, some of them asking for the boys to be moved off the estate altogether.
Rob calls an emergency panel. Dan Webb wants a Section 60 order allowing searches without suspicion across the estate for forty-eight hours, and the arrest of three boys from the chart who were seen near the shop. #speaker:police
{anxiety >= 7: The room is frightened and angry. The proposal to arrest the three boys is being argued for hard, and most heads are nodding.|The room is shaken, but people are listening to one another.}
-> decide

= decide
* [Support the searches and the arrests #where:context #how:behaviour #adopt #agency:police #displacement:+2 #anxiety:-2 #youth-trust:-2]
    The order is made. Over the weekend, forty-one young people are searched on the estate; two knives are found; five boys are arrested, three of whom are released without charge. Joy Campbell rings Ellie to say Tyrese has been searched twice on crutches.
* [Hold a strategy discussion that treats every boy named as a child at risk first, while the police investigate the stabbing #where:individual #how:ecological #adopt #agency:social-care #domain:welfare #trust:+1 #youth-trust:+1]
    You convene it that afternoon. The three boys are children at risk of harm from the same people who hurt Tyrese; two have younger siblings. Each gets a safeguarding response. Dan's team pursue the stabbing as a crime, and make an arrest on forensic evidence a week later: a man of twenty-six.
* [Ask the panel to pause before deciding: what is this doing to our judgement? #where:context #how:ecological #pause]
    "We're all frightened," you say. "A fifteen-year-old was shot and a seventeen-year-old was stabbed, and we're about to decide something in twenty minutes. Can we take ten to ask what we're reaching for, and why?" #speaker:you
    Nobody speaks for a while. Then Jas says she is frightened she will see one of these boys on a trolley. Dan says he is frightened of the same thing, and that arrests are the only lever he has. Nadia says the boys already expect to be arrested; what they don't expect is to be protected. #speaker:health
    -> decide
- -> lead

=== lead ===
Rob asks who should lead the work on the estate from here. #section:plan
Until now the answer has always been obvious. Harm in public places has been the police's and community safety's business, and social care has come to the panel for its children and gone away again. The pilot was supposed to change that. Whether it does depends, in part, on what you say next.
* [The police and community safety: it is a violent crime problem #where:context #how:behaviour #trust:-1 #anxiety:-1]
    Dan's unit will lead, reporting to the panel. It is what everyone expected, and there is some relief in the room.
* [A partnership led by social care, with housing, health and youth justice alongside the police #where:context #how:ecological #domain:welfare #domain:partnership #trust:+1]
    You agree to lead, with Kath and Jas. Dan says he will keep his unit's work on the adults separate but tell you everything he can. "That'll be a first," Rob says.
- -> first_timeskip

=== first_timeskip ===
Three months later. #timeskip:Three months later #section:timeskip #scene:estate
Winter on the Hollins estate is dark by four. Three months is long enough for a plan to show what it is really doing, and not long enough for anyone to be sure it has worked.
You go back to the estate on a Thursday evening with Kath, and stand where you stood before: by the chicken shop, looking down the walkway towards the tower blocks.
Kath has brought her own list of what has changed, written on the back of a repairs form. Some items have ticks. Some have question marks. One, near the bottom, just says "Tyrese?" and is underlined. She says she has started keeping lists like this for every block she manages, because nobody else was keeping one for the estate as a whole.
{
- outcome_place == "watched-over":
    The walkway lights work. On Tuesday and Thursday evenings the community centre is open, and between twenty and thirty young people come. Len runs the table-tennis. Jas comes on Thursdays. The chicken shop owner says the parade is "quieter in the good way".
- outcome_place == "quiet-but-displaced":
    The parade is quiet. The boys who used to gather outside the chicken shop have gone elsewhere: to the stairwells in the tower blocks, to a park in the next borough. The hospital is seeing boys from the estate hurt in places nobody on the panel has heard of.
- else:
    The estate is much as it was. Some things are better, some worse. The cameras are up, or going up. The boys are still outside the chicken shop.
}
{
- outcome_young_people == "connected":
    Tyrese is off crutches. He is back at school full time, and comes to the centre on Thursdays, mostly to argue with Len about football. He has told Jas things he has not told anyone else.
- outcome_young_people == "out-of-sight":
    Tyrese has stopped answering the door to Ellie. Joy says he is out most nights and will not say where. Two boys from the chart have been charged with supply. Several others have simply disappeared from the view of every agency on the panel.
- else:
    Tyrese is back at school, some of the time. He talks to Jas, a bit. Some of the boys from the chart are doing better; some have been arrested.
}
{
- outcome_partnership == "trusting":
    The panel feels different. Dan rings you before his unit does anything on the estate. Kath and Jas speak as often as the police do. Rob has started to ask, at the start of each case, what the place is like.
- outcome_partnership == "reporting":
    The panel still meets at the police station and still goes child by child. The pilot's context assessment sits in the papers as an appendix.
- else:
    Trust has frayed. Nadia has stopped coming, saying youth justice is only ever told about arrests afterwards. Kath sends a junior officer.
}
-> review

=== review ===
At the review, Rob reads the terms of reference aloud, as always. This time he stops after the bold line. #section:review #scene:room
"I've been thinking about this," he says. "Do these still describe what we do?" #speaker:community-safety
Nobody answers at once. The terms of reference were written seven years ago, when the panel's job was to stop groups of teenagers causing trouble in the town centre. Every partner in the room has, at some point, been asked to act under them. Several people look at the bold line, which was added in an afternoon by someone who has since left the council.
* [Rewrite the terms of reference together: children's welfare first, places as well as children, meetings outside the police station, no photographs #where:context #how:ecological #domain:welfare #domain:partnership #trust:+1 #youth-trust:+1]
    It takes two meetings. The new terms say the panel exists to keep children safe from harm outside the home, by understanding and changing the places and relationships where it happens. Meetings move to the community centre on the estate. Dan asks if he can keep one slide. Rob says no, kindly.
* [Keep the terms as they are; the bold line covers it #where:context #how:behaviour #anxiety:-1]
    Rob reads the bold line again. It is agreed that it covers it. The next referral on the agenda is for a twelve-year-old "showing signs of escalating behaviour".
* [Move children at risk outside the home to separate child protection conferences and keep this panel for anti-social behaviour #where:individual #how:behaviour]
    It is tidy, and it relieves everyone of an argument. The places, however, belong to neither meeting, and so to nobody.
- -> second_timeskip

=== second_timeskip ===
A year later. #timeskip:A year later #section:ending #scene:estate
A year is the time it takes for a panel's decisions to stop being decisions and become simply the way things are on an estate: who is around in the evenings, where the boys go, which adults they trust, and which doors are open. You go back one last time, on a Thursday, to see which way things have settled.
{
- outcome_young_people == "connected":
    -> ending_safer
- outcome_young_people == "out-of-sight":
    -> ending_arrests
- else:
    -> ending_uneven
}

= ending_safer
It is a Thursday evening, a year after Tyrese was shot, and the walkway is lit. #ending:safer-place
The community centre now opens four evenings a week. The council put it into next year's budget, quietly, after the hospital's figures for the estate showed admissions for violence halving. Len still runs the table-tennis. Tyrese is sixteen and helps him on Thursdays; he has applied to college to do sports coaching.
The line still operates in the borough. Two of the men who ran it are in prison. The police say the estate is "harder to recruit from" now, and cannot quite say why. Nadia can: there are more adults on the estate who know the boys' names and would notice if one disappeared.
The panel meets at the community centre now. Its photographs come down before every meeting because there are none to put up. Rob says it is the most useful panel he has ever chaired, and the most uncomfortable.
-> END

= ending_arrests
It is a Thursday evening, a year after Tyrese was shot, and the parade is quiet. #ending:arrests-and-absence
By the panel's own measures, the year was a success: dozens of searches, eleven arrests, four charges, a CCTV system that works. Complaints from residents are down.
Tyrese was arrested in the spring, for carrying drugs for the same line that his safety plan had asked him to understand. His youth offending worker says he told her that, after the shooting, everyone wanted to know who his friends were and nobody ever stopped the men. He is sixteen and has a criminal record.
The hospital still sees boys from the estate, hurt in stairwells and in the park in the next borough. The panel still meets at the police station. There are new faces on the wall.
-> END

= ending_uneven
It is a Thursday evening, a year after Tyrese was shot, and the estate is neither safe nor lost. #ending:uneven
Some things changed. The lights work. The community centre opens one evening a week, when a volunteer can be found. Jas still sees boys from the estate in A&E, but fewer than last year.
Some things did not. Tyrese is out of school more than he is in it. His safety plan, revised twice, still asks him to make safer choices and still says little about what the adults will do. The terms of reference have their bold line, and the panel still goes child by child.
At the last meeting, Nadia asked whether the panel had ever decided what it was trying to change: the boys, or the estate. Rob said that was a good question for the away-day. There is no away-day planned.
-> END
