# title: Where and How (induction)
# summary: Your first week on the panel. A school asks for help after girls report being harassed, and a mentor walks you through the two questions this game asks of every response.
# themes: sexual harassment between pupils, online image sharing (not described), sexist attitudes in a school
# minutes: 15 to 25
# site: Contextual safeguarding framework; the paper's school example
# setting: A secondary school and the panel that supports it
# place: school
# order: 0
# start: risk 5, anxiety 4, trust 5, youth-trust 4, time 90, guardianship 3, welcome 5, pull 4, harm 6, displacement 1
# present: school, police, youth-work
# commissioned: mentoring, healthy-relationships-sessions
# cast: you = You, newly appointed panel member
# cast: mentor = Bev Achterberg, team manager and your mentor
# cast: school = Owen Marsh, designated safeguarding lead, Kestrel Park Academy
# cast: head-teacher = Dr Priya Lal, head teacher, Kestrel Park Academy
# cast: police = PC Lewis Hart, school liaison officer
# cast: youth-work = Jodie Crane, youth worker
# cast: young-person = Keira, 14, Year 9
# research: The framework behind this game asks a response to meet four domains: to target the social conditions of harm, to sit within child protection and welfare, to work through partners who shape the context, and to measure change in the context as well as in the child.
# research: The paper gives a school as its own example: where harm to a pupil comes from the school's culture, such as sexist norms, the school itself, not just the child, becomes the target of the work.
# research: The authors separate two questions that panels tend to run together. Where does a response act: on the young person, or on the context? And how does it act: by trying to change young people's behaviour, or by changing the conditions that shape it? A plan can get the first right and not the second.
# cite: Owens & Lloyd 2023, Contextual safeguarding and multi-agency approaches
# cite: Owens & Lloyd 2023, Competing epistemological positions
# cite: Owens & Lloyd 2023, Conclusion

VAR anxiety = 4
VAR present_head_teacher = 0
VAR outcome_young_people = "mixed"
VAR outcome_place = "unsettled"
VAR outcome_partnership = "reporting"
VAR sources = 0
VAR heard_girls = false

-> welcome

=== welcome ===
Monday morning. Your first week on the extra-familial harm panel, and your mentor has cleared an hour to walk you through a case before you sit in on a real one. #section:induction #scene:room
Bev Achterberg has managed children's social care teams for twenty years. She puts two mugs on the table and a sheet of paper with a cross drawn on it. #speaker:mentor
"Everything this panel does, I want you to ask two questions of it," she says. "Where does it act? On the child, or on the world around the child: the school, the park, the friendship group, the estate? And how does it act? By trying to get young people to behave differently, or by changing the conditions that make the harm possible?" #speaker:mentor
She taps the four boxes of the cross. "People get the first question right far more often than the second. You'll see." #speaker:mentor
Then she turns the sheet over. On the back are four short lines in her handwriting. "And these are the four things the framework asks of any plan," she says. #speaker:mentor
"One: it goes after the conditions that make the harm possible, not only the child in front of you. Two: it treats what happens outside the home as a child-protection matter, not just a behaviour or community-safety matter. Three: it works with the people who actually shape the place: teachers, youth workers, councillors, shopkeepers, bus drivers, residents. Four: it measures whether the place got safer, not only whether a child's behaviour changed." #speaker:mentor
"Nobody meets all four all the time," she adds. "But if you can say which ones a plan meets and which it misses, you're ahead of most panels I've sat on." #speaker:mentor
She pauses, and then adds something she says nobody told her when she started. "You'll notice that most of the people at a panel are decent and busy, and that busy people reach for what they already know how to do. That's not a failing. It's just what happens. Your job, some days, is to slow the room down long enough for someone to ask whether what they know how to do is what this situation needs." #speaker:mentor
You ask her how she learned to think like this. She laughs. "Badly, and slowly. For years I thought a good plan was one where everyone around the table had something to do. It took me a long time to notice that a plan can keep every agency busy and leave the place exactly as it was." #speaker:mentor
"We'll use a real referral, with the names changed. Kestrel Park Academy. Read it and tell me what you notice."
The referral is from Owen Marsh, the school's designated safeguarding lead. Over a month, five girls in Year 9 have reported boys grabbing them in corridors, commenting on their bodies, and sharing a list that ranks girls by looks. One girl, Keira, fourteen, has stopped coming to school on Thursdays, the day she has PE. The referral asks for "support for Keira and a strategy for the boys involved".
* [Notice that the referral asks for help with individuals, though five girls describe the same thing #where:context #how:ecological #domain:target]
    "It names one girl and 'the boys involved'," you say. "But five girls are saying the same thing. That sounds like something about the school, not just about them."
    Bev smiles. "Hold on to that," she says. #speaker:mentor
* [Notice that Keira is missing school and needs a response first #where:individual #how:ecological #domain:welfare]
    "Keira is missing school because of this," you say. "Whatever else happens, she needs someone to make sure she's safe and can come back."
    "Yes," says Bev. "Every child gets a safeguarding response first. Now: is Keira the problem to be solved?" #speaker:mentor
* [Notice that the boys need to learn that this behaviour is unacceptable #where:individual #how:behaviour]
    "The boys need to understand this is wrong," you say. "Someone has to tell them clearly, with consequences."
    "That's what most people say first," says Bev, without any edge. "Let's see if it's enough." #speaker:mentor
- -> cross

=== cross ===
Bev slides the sheet with the cross towards you. On the left she has written "behaviour-based", on the right "ecological". Along the top, "the context"; along the bottom, "the young person". #speaker:mentor
"Let me give you an example. The school's first idea is to run an assembly for Year 9 boys on respect and consent, and to put the boys on the list in detention." #speaker:mentor #name-it:individual-behaviour
"Before we go on, where would you put that?"
* [Ask whether an assembly for a whole year group counts as acting on the context #where:context #how:ecological #trust:+1]
    "It's the whole year group," you say. "Does that make it the context?"
    "Good question," says Bev. "It's delivered to everyone. But what does it try to change? Each boy's choices. The corridors, the staff, the list, the way the school treats reports: all the same afterwards." #speaker:mentor
* [Say that you would put it bottom left: the boys, by changing their behaviour #where:individual #how:behaviour]
    "Bottom left," you say. "It's aimed at the boys, and it works by telling them how to behave."
    "That's how I'd read it too," says Bev. "It might still be worth doing. But it's not the whole answer, and it's worth knowing which box you're in." #speaker:mentor
- -> scoping

=== scoping ===
"Right," says Bev. "Now pretend you're leading this. You have a fortnight before the panel. Who do you talk to?" #section:scoping
She explains that a location assessment, even one inside a school, starts with the people who know the place best and then looks at it for itself, at different times. "You won't have time for everything," she says. "Nobody ever does. So choose, and notice what you're choosing." #speaker:mentor
You have time for two conversations or visits before the panel. Bev will cover the paperwork.
-> hub

= hub
{sources == 1: "And who else?" says Bev.}
* [Meet the girls who reported, as a group, with a worker they trust #where:context #how:ecological #youth-trust:+1] -> girls(-> heard)
* [Walk the school at lesson change and lunchtime with the safeguarding lead #where:context #how:ecological #domain:measure] -> walk(-> heard)
* [Ask the police liaison officer what he knows about the boys #where:individual #how:behaviour] -> police_view(-> heard)
* [Ask the head teacher how the school handles reports of harassment #where:context #how:ecological #domain:partnership #brings:head-teacher] -> head(-> heard)

= heard
~ sources += 1
{sources < 2: -> hub}
-> weighting

= girls(-> next)
~ heard_girls = true
Jodie Crane, a youth worker the girls already know from an after-school club, sets up a session in the library after school. Four of the five come. #scene:school
At first they talk about the list. Then they talk about everything else. The boys who grab and then say it's a joke. The teacher who told one of them to "take it as a compliment". The corridor by the science block where there's never a member of staff. The PE changing rooms, where the boys' door faces the girls' and someone is always filming. #speaker:young-person
Keira says very little. Near the end she says she reported it once in Year 8 and "nothing happened except everyone found out I'd told". #speaker:young-person
When you ask what would help, one girl says: "Teachers actually doing something when they see it. Not an assembly." The others laugh, not unkindly.
-> next

= walk(-> next)
Owen Marsh walks you round at the end of period three. The corridors fill in seconds. #scene:school
He points out the science corridor: narrow, no windows, two staircases at either end. There is a member of staff on duty at one staircase. At the other, nobody. In ninety seconds you hear two comments you would not repeat and see one girl pushed into a wall, laughing in a way that does not look like laughing. #speaker:school
At lunchtime the field is better supervised. The canteen is loud but fine. The PE block is locked between lessons, but at the start of lessons the boys' and girls' changing-room doors open onto the same small lobby.
Owen is quiet on the way back. "I've walked these corridors for six years," he says. "I don't think I've ever looked at them like that." #speaker:school
-> next

= police_view(-> next)
PC Lewis Hart, the school's liaison officer, knows three of the boys by name. #speaker:police
"Two of them I've spoken to about other things: a fight at the bus stop, some shoplifting. The list went round on a group chat; I could look at whether an offence has been committed, but I'd need the girls to give statements, and in my experience they won't." #speaker:police
He offers to do a talk to Year 9 on the law about sharing images, which he does at most schools in the area. When you ask what he sees in the school itself, he shrugs. "I'm only in on Wednesdays. It's like any school." #speaker:police
-> next

= head(-> next)
Dr Priya Lal, the head teacher, gives you twenty minutes between meetings. She is direct. #speaker:head-teacher
"We have a behaviour policy, and boys who do this get sanctions. We've excluded two this year. What more do you want us to do?" #speaker:head-teacher
You ask how many reports of sexual harassment the school recorded last year. She checks. Four, in a school of twelve hundred. She frowns at the number before you say anything. "That can't be right," she says. "Can it?" #speaker:head-teacher
By the end of the twenty minutes she has agreed to come to the panel. "If it's the school, I want to hear it," she says. "I'd rather hear it from you than from Ofsted." #speaker:head-teacher
-> next

=== weighting ===
You and Bev lay out what you have found. #section:weighting #scene:room
There is more on the table than either of you expected. A referral that named one girl and six boys. A school with twelve hundred pupils and four recorded reports of harassment in a year. A corridor, a changing-room lobby, a group chat, and a set of adults who, as Bev puts it, "have got used to not seeing".
Bev reminds you of the location assessment's headings: what the young people themselves bring, good and bad; who offers guardianship, meaning adults with a caring intention who are actually present; and the resources, environment and policies of the place. "Fill in all three," she says, "before you decide anything." #speaker:mentor
You try. The girls bring a great deal: they know exactly where and when it happens, and they have been looking after each other. Guardianship is patchy at best: a duty rota with a gap in it, and staff who are not sure what they are allowed to do. The policy says the right things; the practice has learned to look away.
{heard_girls: The girls' account is hard to read: the corridor, the changing rooms, the teacher's remark, the report that "nothing happened".|You realise you have not heard from any of the girls directly. Bev notices too. "Whose voice is this plan going to be built on?" she asks. #youth-trust:-1}
"So," says Bev. "Which context has the most influence on this harm? What has to change first?" #speaker:mentor
* [The boys' group chat and the list: their peer group is where this starts #where:context #how:behaviour]
    "The peer group," you say. "The list came from their group chat. If that group's culture changes, the rest follows."
    "The peer group is a context," Bev agrees. "Now think about how you'd change it. Breaking up a group is one way. Working with what holds it together is another." #speaker:mentor
* [The school's culture: staff who let it pass, unsupervised spaces, reports that go nowhere #where:context #how:ecological #domain:target]
    "The school," you say. "Not the building, the culture. Staff who hear it and don't act, a corridor nobody watches, and a reporting system girls have learned not to trust."
    Bev nods slowly. "That's the paper's own example," she says. "Harm that comes from a school's sexist norms makes the school the target, not only the child." #speaker:mentor
* [The individual boys who are doing it #where:individual #how:behaviour]
    "The boys who are doing it," you say. "Without them, there's no harm."
    "True," says Bev. "And if three of them are excluded tomorrow, does the corridor change?" #speaker:mentor
- -> goals

=== goals ===
"Before responses, goals," says Bev. "What would success look like in a term's time, and how would you know?" #section:goals
* [Goal: the boys named are sanctioned and no further incidents are reported #where:individual #how:behaviour #anxiety:-1]
    You write it down. Bev reads it back. "No further incidents reported," she says. "Remember Keira told you what happens when girls report." #speaker:mentor
* [Goal: girls feel safe in corridors and changing rooms, staff act when they see harassment, and reports go up before they go down #where:context #how:ecological #domain:measure #trust:+1]
    You write it down. Bev reads the last part twice. "Reports going up as a sign of success," she says. "You'll need to explain that to the governors. But you're right." #speaker:mentor
* [Goal: Keira is back in school full time #where:individual #how:ecological #domain:welfare]
    You write it down. "That matters," says Bev. "Ask yourself whether it's enough. If Keira comes back to the same corridor, what's changed?" #speaker:mentor
- -> panel

=== panel ===
Two weeks later, the panel meets at the school. You sit beside Bev and watch. #section:discussion #scene:room
The meeting room is the school library after hours. Someone has pushed the tables together. There are biscuits, a projector nobody switches on, and a copy of the school's behaviour policy at every place.
Bev has told you to watch three things: who speaks first, whose account of the problem the meeting adopts, and whether anyone asks what the girls want. "You'll learn more from that than from the minutes," she said.
{present_head_teacher: Dr Lal is at the table, which Owen tells you afterwards has never happened before.|The head teacher has sent apologies. Owen Marsh represents the school.}
Owen opens. He wants "a clear message" to the boys: the police liaison officer's talk on image sharing, a behaviour contract for the six boys on the list, and a series of healthy relationships sessions for the girls who reported, "so they know what's not OK and what to do". #speaker:school #name-it:individual-behaviour
Bev leans over and whispers: "Which box?" #speaker:mentor
Owen has clearly thought hard about this, and he speaks well. He has had a difficult month: two of the boys' parents have complained that their sons are being "singled out", and one of the girls' fathers has threatened to go to the press. He wants to be seen to act, and he wants the panel's support when he does. #speaker:school
Dr Lal, or her apologies, sit at the end of the table. PC Hart has his notebook out. Jodie is watching the door, as if expecting someone who is not coming.
-> proposals

= proposals
* [Support behaviour contracts for the six boys and the police talk #where:individual #how:behaviour #adopt #agency:school #key #displacement:+2 #welcome:-1 #anxiety:-1]
    The panel agrees. Owen will draw up the contracts this week; PC Hart will give his talk to Year 9 next month. It is concrete and quick, and everyone can see what has been done.
* [Ask for healthy relationships sessions for the girls who reported #where:individual #how:behaviour #adopt #agency:school #service:healthy-relationships-sessions #youth-trust:-1]
    The panel agrees to offer the girls six sessions on healthy relationships. Jodie asks quietly whether the girls were the ones who needed to learn anything. Nobody answers.
* [Propose a whole-school review of how staff respond to harassment, led by the head teacher #where:context #how:ecological #adopt #agency:head-teacher #needs:head-teacher #domain:target #guardianship:+2 #welcome:+1 #youth-trust:+1]
    Dr Lal agrees to lead it herself. Staff training on what harassment looks like and what to do when they see it; a new way for pupils to report that does not go through their form tutor; and a promise that every report gets a reply within a week. "I want the governors to see the numbers every half term," she says. #speaker:head-teacher
- -> spaces

= spaces
Jodie Crane has been waiting to speak. #speaker:youth-work
"Can we talk about the corridor and the changing rooms? The girls told us exactly where it happens. Staff on the science staircase at lesson change, and the changing-room doors moved so they don't face each other. It's not glamorous, but it's where it happens." #speaker:youth-work #name-it:context-ecological
* [Agree to change supervision on the science corridor and the changing-room layout #where:context #how:ecological #key #adopt #agency:youth-work #domain:target #guardianship:+2 #youth-trust:+1]
    Owen says the doors will need the site team and some money, but the corridor duty can start on Monday. He writes it down himself. #map:corridor-staffed
* [Say that supervision is the school's business, not the panel's #where:individual #how:behaviour #trust:-1]
    "That's an operational matter for the school," you say. Jodie sits back. Bev writes something on her pad and does not show you. #speaker:youth-work
- -> mentoring

= mentoring
PC Hart raises the boys again. "The borough has a mentoring scheme. Good people. I could refer the three I know." #speaker:police #name-it:individual-behaviour
* [Refer the three boys to mentoring #where:individual #how:behaviour #adopt #agency:police #service:mentoring]
    The panel agrees. The referrals will go this week. Bev notes that the borough seems to refer almost everything to mentoring. "When you only have a hammer," she murmurs. #speaker:mentor
* [Ask Jodie to run sessions with the boys' friendship group about what holds it together, rather than with each boy alone #where:context #how:ecological #adopt #agency:youth-work #domain:target]
    Jodie agrees. "Not a lecture," she says. "A space where they can say what the group expects of them, and what they'd change if they could." #speaker:youth-work
- -> pressure

=== pressure ===
A week later, a video of a Year 9 girl in the changing room appears on a group chat. It has been shared outside the school. #section:pressure #risk:+2 #anxiety:+2 #scene:room
The school's phone does not stop. Two parents go to the local paper. Dr Lal asks for an urgent meeting. #speaker:head-teacher
The girl in the video is not one of the five who reported. She is in Year 9, and she did not know she was being filmed. Her parents found out from another parent. Owen says she is at home and will not come out of her room.
Bev texts you before the meeting: "This is where plans get thrown away. Watch what the room reaches for when it's frightened." #speaker:mentor
The meeting is in Dr Lal's office this time, with the door shut. Nobody takes a biscuit. PC Hart has already spoken to his sergeant. Owen has a list of the boys he thinks were in the changing room, and a second list of the boys he thinks shared the video, and the two lists are not the same. Jodie has spent the morning with the five girls who reported, who are furious, and frightened that they will be blamed.
{anxiety >= 7: The room is frightened. PC Hart says the boys involved should be arrested today and the school should exclude them. Owen agrees. Everyone is looking at you.|The room is shaken, but steady. People look to you to say what comes first.}
-> choice

= choice
* [Support immediate exclusion of the boys involved, and a police investigation #where:individual #how:behaviour #adopt #agency:police #displacement:+2 #anxiety:-2 #youth-trust:-1]
    The boys are excluded for a fixed term and PC Hart opens an investigation. It is decisive and visible. Jodie asks who is making sure the girl in the video is all right. Owen says her head of year has called home.
* [Treat the girl in the video first: a safeguarding response for her, and for the boys as children too, while the police investigate #where:individual #how:ecological #adopt #agency:police #domain:welfare #trust:+1 #youth-trust:+1]
    You ask for a strategy discussion that afternoon: support for the girl and her family, the image taken down through the proper reporting routes, and the boys treated as children who may also need safeguarding while the police do their job. Bev gives you a small nod.
* [Ask the group to pause: what are we most afraid of? #where:context #how:ecological #pause]
    "Five minutes," you say. "What are each of us most afraid of right now?" Dr Lal says: the paper. Owen says: that he missed this. PC Hart says: that it happens again next week. Jodie says: that the girls stop telling anyone. It is quiet afterwards. #speaker:you
    -> choice
- Bev's text arrives that evening. "Whatever you decided," it says, "notice what it was aimed at. The girl, the boys, the school, or the fear in the room. All four were in there today." #speaker:mentor
-> readback

=== readback ===
Afterwards, in the car park, Bev asks you to list everything the panel agreed over the two meetings, and to put each one on the cross. #section:plan
You do it on the back of the agenda, leaning on the roof of her car. Some go in the bottom left, some in the top right; one or two you argue about with yourself before you place them. Bev watches and does not help.
"Now look at it as a whole," she says. "If you were Keira, which of those would you notice? If you were one of the boys? If you were a teacher on the science corridor on a wet Thursday?" #speaker:mentor
You look at it for a long time. It is a more useful question than anything you were asked in training.
"Keep that sheet," she says. "We'll come back to it." #speaker:mentor
-> first_timeskip

=== first_timeskip ===
Half a term later. #timeskip:Half a term later #section:timeskip #scene:school
Half a term is six weeks in a school: long enough for a new habit to start, and long enough for an old one to come back. Bev asks you to go and find out which, rather than wait for the report.
You spend a morning at the school: lesson change, break and lunch. You talk to Owen, to Jodie, and, briefly and with her permission, to Keira.
You also ask to speak to two of the boys from the list, with Jodie there. They are fourteen, and they look it. One says the list "wasn't even his idea" and that everyone in the year was on a group chat that did the same kind of thing. The other says nothing for ten minutes and then asks whether it will go on his record. Neither of them seems to have thought about the girls for long. Both of them, you notice, are frightened of the same older boys that the girls mentioned.
In the staff room, a teacher you have not met tells you, unprompted, that she never knew what she was supposed to do when she heard "that kind of thing" in a corridor. "Nobody ever told us," she says. "So mostly we didn't do anything."
{
- outcome_place == "watched-over":
    There are staff on both staircases of the science corridor at every lesson change now. The changing-room doors have been moved. Owen says the corridor is "boring", and means it as praise.
- outcome_place == "quiet-but-displaced":
    The corridor is quieter in lesson time. But the girls say the comments have moved to the bus and the group chats, where no member of staff can see them.
- else:
    On the surface, not much has changed. The corridor is the corridor. The contracts are in a drawer.
}
{
- outcome_young_people == "connected":
    Keira is back in school, including on Thursdays. She told Jodie she reported a comment last week, and a teacher dealt with it on the spot. "It was weird," she said. "Good weird."
- outcome_young_people == "out-of-sight":
    Keira still misses Thursdays. #map:empty-classroom
    The girls have stopped reporting. When Jodie asks why, one says: "What's the point? They'll just do another assembly."
- else:
    Some things are better. Keira is back most days. The girls say some teachers act now, and some still don't.
}
{
- outcome_partnership == "trusting":
    The school and the panel talk often and plainly. Dr Lal has asked Bev to help her explain the rise in reports to governors.
- outcome_partnership == "reporting":
    The school sends the panel its updates. They are accurate and polite, and they say very little about what has changed.
- else:
    The school has stopped sending anyone to the panel. Owen says he is too busy.
}
-> review

=== review ===
Bev asks you to chair the review yourself, with her beside you. #section:review #scene:room
You start by reading out the goal the panel set, and then what you saw at the school. It is the first time you have chaired anything. Your voice is steadier than you expected.
You say, as plainly as you can, which parts of the plan you think have worked, which have not, and which you cannot tell yet. Bev told you that an honest "we don't know" is worth more in a review than a confident guess.
The room waits to hear what you think should happen next.
* [Ask the school to repeat its traffic-light self-assessment of how it prevents, spots and responds to harm, with pupils on the working party #where:context #how:ecological #domain:measure #trust:+1 #youth-trust:+1]
    Owen agrees. The school will rate itself again, this time with a group of pupils on the working party. Dr Lal says it will be uncomfortable. "Good," she says.
* [Close the referral: the boys have been dealt with #where:individual #how:behaviour #anxiety:-1]
    The panel closes the referral. Bev asks you afterwards how you would know if it started again. You realise you are not sure.
- -> second_timeskip

=== second_timeskip ===
A year later. #timeskip:A year later #section:ending #scene:school
{
- outcome_young_people == "connected":
    -> ending_culture
- outcome_young_people == "out-of-sight":
    -> ending_silence
- else:
    -> ending_partial
}

= ending_culture
Kestrel Park Academy's reports of sexual harassment went from four a year to forty-one, and then, this year, began to fall. #ending:culture-changed
Keira is in Year 10. She helped write the new reporting guide that every Year 7 gets in their first week. She still does not love PE, but she goes.
The science corridor has staff on both staircases, and a noticeboard the pupils designed. Two of the boys from the list are on the pupil working party. One of them told Jodie the group chat "isn't like that any more, mostly".
Bev asks you what made the difference. You think about it. Not the assembly, and not the contracts, though neither did harm. The difference was that the school stopped treating each report as a problem with one girl or one boy, and started treating the pattern as its own.
She asks you to get the sheet with the cross on it out of your bag. It is creased now. Most of what mattered ended up in the top right, and none of it was dramatic: a duty rota, two doors moved, a reporting route, a head teacher who wanted to hear the truth. "Remember this one," Bev says, "the next time someone tells you the answer is an assembly." #speaker:mentor
-> END

= ending_silence
Kestrel Park Academy recorded three reports of sexual harassment this year. On paper, it is a success. #ending:silence
Keira moved schools in the spring. Her mother said she never got over "being the one who told". The girls who reported have stopped talking to staff about anything that matters.
The boys on the list finished their contracts. Two of them were excluded again later in the year, for other things. The corridor by the science block is the same as it was.
Bev asks you what you would do differently. You think about the cross on the sheet of paper. Every action the school took was in the bottom left: each boy, each girl, each choice. Nothing in the school had to change, so nothing did.
Bev does not say any of this for you. She waits until you have said it yourself, and then she says that she has written plans like this one, more than once, and that the hardest part of the job is noticing while there is still time to change course.
-> END

= ending_partial
Kestrel Park Academy is a little different, in some ways. #ending:partial
Reports have gone up slightly. Some staff act when they see harassment; some still call it banter. Keira is in school most days and says Year 10 is "better than Year 9", which from her counts as warm.
The contracts came and went. The supervision on the science corridor started well and lapsed after Christmas when two staff left. The changing rooms are the same.
Bev asks you what you make of it. You say the plan did some of the right things, but nobody owned the whole of it, and the parts that needed the school to change were the first to slip. She says that is the most honest review she has heard this year.
"Next time," she says, "decide at the start who owns the part that's about the school. Not the boys, not the girls. The school. If nobody owns it, it's the first thing to go." You write that on the sheet with the cross, under the four boxes, and underline it twice. #speaker:mentor
-> END
