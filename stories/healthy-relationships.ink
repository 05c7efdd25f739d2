# title: Healthy Relationships
# summary: A fourteen-year-old girl is being groomed by a man who waits near her school. The school's safeguarding lead has been doing one-to-one work with her on healthy relationships. The panel must decide what else, if anything, has to change.
# themes: grooming and child sexual exploitation (not described in detail), going missing, school responses to exploitation
# minutes: 20 to 30
# site: A
# setting: A secondary school, its gates and the bus stop outside, and a multi-agency panel
# place: school
# order: 4
# start: risk 7, anxiety 6, trust 5, youth-trust 3, time 90, guardianship 2, welcome 4, pull 5, harm 6, displacement 1
# present: school, police, social-care, health
# commissioned: mentoring, healthy-relationships-sessions
# cast: you = You, chair of the extra-familial harm panel
# cast: school = Janet Ryder, designated safeguarding lead, Brookmere High School
# cast: head-teacher = Paul Oduya, head teacher, Brookmere High School
# cast: police = Detective Constable Amy Lister, child exploitation team
# cast: social-care = Sam Whitfield, Mia's social worker
# cast: health = Rosa Lin, school nurse
# cast: transport = Geoff Tanner, depot manager, the local bus company
# cast: parent = Steve, Mia's father
# cast: young-person = Mia, 14, Year 9
# cast: young-person-2 = Ruby, 14, Mia's friend
# research: In this site, a school's designated safeguarding lead described her response to a girl who was being groomed and sexually exploited: one-to-one work on what healthy and unhealthy relationships look like, and what to do if she found herself in situations like that.
# research: The authors use this example to show that young people who were plainly victims of harm still received responses aimed at their own behaviour, as the route to their safety. The framework they draw on would ask, instead, what in the school and around it made the harm possible, and who could be there to prevent it.
# research: The same framework expects partnerships with those who shape a context, and supervision and guardianship in the places where harm happens. The paper notes that where ecological approaches were tried, practitioners experienced them as going against the grain and needing support.
# cite: Owens & Lloyd 2023, Findings: "Safeguarding practice targeting individual behaviours"
# cite: Owens & Lloyd 2023, Contextual safeguarding and multi-agency approaches
# cite: Owens & Lloyd 2023, Discussion

VAR anxiety = 6
VAR present_head_teacher = 0
VAR present_transport = 0
VAR outcome_young_people = "mixed"
VAR outcome_place = "unsettled"
VAR outcome_partnership = "reporting"
VAR sources = 0
VAR heard_mia = false

-> referral

=== referral ===
The panel meets in a room at the council offices that used to be a staff canteen. The hatch is boarded up. #section:referral #scene:room
You chair. Janet Ryder, the designated safeguarding lead at Brookmere High School, has brought the referral herself, which is unusual, and she looks as though she has not slept well for a while. #speaker:school
"Mia is fourteen," she says. "Year 9. Since September she's been seeing a man who says he's nineteen. We think he's older. He picks her up from the bus stop outside school, most days, in a grey car. He buys her things: a phone, clothes, vapes. She's been missing twice overnight. She says he's her boyfriend and that he loves her." #speaker:school
Janet has been doing one-to-one sessions with Mia since October: what a healthy relationship looks like, what a good one and a bad one feel like, what to do if she gets into a situation she does not like. She has the worksheets in a folder. Mia has completed all of them. "She knows all the right answers," Janet says. "She can tell you exactly what grooming is. And then she gets in his car." #speaker:school
Detective Constable Amy Lister from the child exploitation team says the man is known to her. He is twenty-three. Two other girls from Brookmere have been linked to him in the past two years, both through the same bus stop. Neither would give a statement. #speaker:police
Sam Whitfield, Mia's social worker, says Mia's dad, Steve, is frantic and exhausted. He works nights. Mia's mum left two years ago. #speaker:social-care
Rosa Lin, the school nurse, has said nothing yet. She is looking at the folder of worksheets.
You look round the table before you speak. Everyone here has done what their job asked of them. The school has a safeguarding lead who cares. The police know the man's name. Social care has an open case. The nurse has seen Mia in her room twice this term with headaches that were not headaches. And still, most afternoons at twenty to four, a fourteen-year-old gets into a grey car forty metres from the school gate. Whatever is missing, it is not effort.
Janet explains how the school got here. When Mia's form tutor first noticed the new phone and the expensive trainers in September, she passed it to Janet, as the policy says. Janet did what the policy says next: she spoke to Mia, she rang home, she made a referral, and, while the referral was being assessed, she started the sessions, because the sessions were the thing she could offer that week. "Nobody told me to do anything else," she says. "And honestly, nobody told me there was anything else to do." #speaker:school
You have heard versions of this from every school that has come to the panel. The policy tells a safeguarding lead how to respond to a child. It says nothing about the bus stop outside, the hours after the bell, or the other girls who stood there before.
* [Treat this first as a child being sexually exploited, and the man as the source of the harm #where:context #how:ecological #domain:welfare #trust:+1]
    "Let's be clear about what this is," you say. "A twenty-three-year-old man is sexually exploiting a fourteen-year-old. Mia's choices are what he's working on, not what's causing it." #speaker:you
    Janet nods, and something in her face loosens. "Thank you," she says. "I've started to feel like it's my fault she keeps going back." #speaker:school
* [Focus on Mia's understanding: the sessions haven't worked yet, so they need to go deeper #where:individual #how:behaviour]
    "If she knows the answers but still gets in the car, the work needs to go deeper," you say. "Maybe more sessions, or someone else delivering them." #speaker:you
    Janet writes it down. Rosa, the school nurse, looks up from the folder for the first time, and then down again.
- -> leadership

= leadership
Janet mentions that the head teacher, Paul Oduya, knows about Mia but has not been involved. "It's been my case," she says. "That's how we do it. Safeguarding comes to me." #speaker:school
* [Ask the head teacher to join the panel for Mia's case #where:context #how:ecological #domain:partnership #brings:head-teacher #time:-10]
    You ring Paul Oduya that afternoon. He is surprised to be asked, then thoughtful. "Janet carries a lot," he says. "Probably more than she should. I'll come." #speaker:head-teacher
* [Leave it with Janet: she knows Mia best #where:individual #how:behaviour]
    You agree that Janet will keep leading the school's side. She seems relieved and tired in equal measure.
- -> scoping

=== scoping ===
The panel agrees to look at the places around Mia as well as at Mia herself. There is time for two pieces of work before it meets again. #section:scoping
The assessment template asks three things: what the young people themselves bring; who offers guardianship, meaning adults with a caring intention who are actually there; and what the place is like, its layout, rules, timings and owners. Until now, the panel has only ever filled in the first heading for Mia.
Amy Lister points out that the man has found three girls at the same bus stop in two years. "Whatever he's doing there," she says, "it's working for him." #speaker:police
-> hub

= hub
{sources == 1: There is time for one more.}
* [See Mia, with her social worker, somewhere she chooses #where:individual #how:ecological #youth-trust:+1] -> mia(-> heard)
* [Stand at the school gate and the bus stop at home time with the school nurse #where:context #how:ecological #domain:measure] -> gate(-> heard)
* [Talk to Mia's friends, with a worker they know #where:context #how:ecological #youth-trust:+1] -> friends(-> heard)
* [Ask the police for everything known about the man #where:context #how:behaviour] -> man(-> heard)
* [Look through the school's safeguarding records for the past three years #where:context #how:ecological #domain:target] -> records(-> heard)

= heard
~ sources += 1
{sources < 2: -> hub}
-> weighting

= mia(-> next)
~ heard_mia = true
Mia chooses a café in the shopping arcade. She orders hot chocolate and does not drink it. #scene:school
She is sharp and funny and very guarded. She knows exactly why you are there. When Sam mentions the man, she rolls her eyes. "You're going to tell me he's grooming me. Mrs Ryder's already done the worksheet." #speaker:young-person
You do not tell her anything. You ask her what her days are like. It comes out slowly. Her dad works nights, so the flat is empty after school. Her friends get picked up by their mums, or go to clubs she cannot afford. The man is the only person who is always there at three-fifteen. He remembers what she said yesterday. He asks about her mum. #speaker:young-person
At the end, she says: "Everyone keeps telling me what to do if I'm in a bad situation. Nobody's ever asked why I'm at the bus stop on my own every day." #speaker:young-person
-> next

= gate(-> next)
Rosa Lin meets you at the school gate at ten past three. #scene:school
Staff are on duty inside the gate. The bus stop is forty metres down the road, outside the school's boundary, by a row of shops. Once pupils pass the gate, Rosa says, they are "not the school's" any more. #speaker:health
At twenty past three the bus stop is crowded. At half past it thins out. By twenty to four there are four girls left, waiting for a bus that comes every half hour. A grey car pulls into the lay-by. It waits. One of the girls walks over, talks through the window, and walks back. The car leaves.
The woman in the newsagent's beside the stop has watched this happen, she says, for years. Different cars, the same kind of thing. Nobody has ever asked her. The bus drivers see it too, she says. The 3.40 is always late.
-> next

= friends(-> next)
Rosa brings Mia's friend Ruby and two other girls to the nurse's room at lunchtime. They know Rosa. They are worried about Mia and angry with her in equal measure. #scene:school
"She thinks he's amazing," Ruby says. "He's not. He's weird. He asked me for my number once." The others nod. One of them says he has been outside school "forever", and that girls in Year 11 used to talk about him. #speaker:young-person-2
When you ask what would help, Ruby says: "If someone from school was at the bus stop. Not to tell us off. Just there. He wouldn't stop if a teacher was there." #speaker:young-person-2
They have also stopped telling teachers things. When one of them reported a boy for sending pictures last year, she says, everyone knew by the end of the day.
-> next

= man(-> next)
Amy Lister sends a summary of what is known about the man. #scene:room
Twenty-three. No convictions. Three intelligence reports over two years linking him to girls aged thirteen to fifteen. A Child Abduction Warning Notice was considered once and not issued, because the girl would not confirm his name. He has a job at a car wash and a flat above a shop a mile from the school. #speaker:police
Amy says he is careful. "He never goes into the school. He never goes to their homes. He waits where there's nobody to see, at a time when nobody's looking, and he's patient." #speaker:police
The summary is about him. It tells you a great deal about how he finds girls, and almost nothing about why the bus stop works so well for him.
-> next

= records(-> next)
Janet opens three years of the school's safeguarding records with you. It takes an afternoon. #scene:school
Mia is not the first. Four girls in three years were recorded as having "an older boyfriend" who picked them up near the school. Each was handled as a separate case: a referral, some one-to-one work, a letter home. Two had the same healthy relationships worksheets Mia has. #speaker:school
No record mentions the bus stop by name. No record connects the girls to each other. Janet goes quiet reading them. "I did some of these myself," she says. "I never put them side by side." #speaker:school
-> next

=== weighting ===
The panel meets again. #section:weighting #scene:room
It has been a fortnight. In that time the grey car has been seen at the bus stop eight times, according to Rosa's notes, and Mia has been late home on six days. Janet has done two more sessions with her. Mia was polite and bored in both.
{present_head_teacher: Paul Oduya is there, with a notebook, sitting next to Janet.}
{heard_mia: You tell the panel what Mia said: that nobody has ever asked why she is at the bus stop on her own every day.|You realise the panel has still not heard from Mia herself. Sam says she would talk, if someone asked her the right questions. #youth-trust:-1}
You set out what has been found under the assessment's three headings. What Mia and her friends bring: they are clever, loyal and watchful, and they know exactly who he is. Guardianship: strong inside the school gate, and almost none forty metres outside it, at the time he comes. The place: a bus stop outside the school's boundary, a late bus, an empty flat at home, and a school system that has treated each girl as a separate case.
Rosa says she has been a school nurse for fifteen years and has never once been asked about the bus stop. #speaker:health
Then you ask the question: which context most drives the harm, and so has to change first?
* [The man: stop him and the harm stops #where:context #how:behaviour #domain:welfare]
    "The man," you say. "Everything else is what he uses." Amy agrees, and adds that she has been trying to stop him for two years. "He's not the only one who'll try it at that bus stop," she says. #speaker:police
* [The bus stop at home time, and a school whose care stops at the gate #where:context #how:ecological #domain:target]
    "The bus stop," you say, "and the fact that the school's responsibility, as everyone understands it, ends forty metres before it. He's found the exact gap between where we look and where we don't." #speaker:you
    Paul Oduya, if he is there, writes that down. Janet says, quietly, "Four girls." #speaker:school
* [Mia's need for attention, which he exploits #where:individual #how:behaviour #youth-trust:-1]
    "Mia's looking for attention and affection," you say. "Until that need is met some other way, he'll keep getting through." #speaker:you
    Sam frowns. "She's fourteen," he says. "Needing affection isn't the problem. Him giving it is." #speaker:social-care
- -> goals

=== goals ===
Before responses, you ask what the panel is trying to achieve, and how it will know. #section:goals
The question always takes longer than people expect. Every agency at the table already has its own measure: the police count notices and charges, the school counts attendance and completed sessions, social care counts visits and plans. None of those, you point out, would tell the panel whether a girl waiting at that bus stop next year is any safer than Mia was this year. Whatever goal is written down now will quietly decide what the panel works hardest at.
* [Goal: Mia completes the healthy relationships programme and ends the relationship #where:individual #how:behaviour #anxiety:-1]
    It goes in the minutes. Janet says she can report on the sessions. Rosa asks how the panel will know the second part has happened, and whether Mia will tell anyone if it hasn't.
* [Goal: no girl is picked up at the bus stop by an adult who means her harm, and Mia has adults she trusts; measured by watching the stop, and by asking the girls #where:context #how:ecological #domain:measure #trust:+1]
    It goes in the minutes. Amy says it is the first time she has seen a goal about a place in a case about a girl. Rosa offers to keep a simple log at the stop for a term.
- -> discussion

=== discussion ===
The panel turns to responses. #section:discussion
You have chaired enough of these meetings to know the order in which proposals usually arrive: the work with the child first, then the police, then, if there is time, something about the place. The order matters. By the time anyone talks about the place, the plan usually feels full.
Janet speaks first. She has thought hard about what comes next, and she is honest that she does not know what else to do. #speaker:school
"I'd like to carry on with Mia's one-to-one work, weekly, and go deeper: a second programme on consent and on exploitation, and a safety plan that she signs. She needs to understand what's happening to her, so she can protect herself." #speaker:school #name-it:individual-behaviour
-> one_to_one

= one_to_one
* [Support the next programme of one-to-one sessions and a signed safety plan #where:individual #how:behaviour #adopt #agency:school #key #service:healthy-relationships-sessions #youth-trust:-1]
    The panel agrees. Janet will start the new programme next week. Mia signs the safety plan, which says she will not get into cars with adults she does not know. She knows the man, so she does not think it applies to her.
* [Change the one-to-one work: less about Mia's choices, more about who she trusts and who will be with her, with her dad involved #where:individual #how:ecological #adopt #agency:school #domain:welfare #youth-trust:+1]
    Janet thinks about it. "So instead of me teaching her to spot grooming," she says, "I find out who she'd actually call, and make sure they pick up." She keeps the sessions, but throws away the worksheets. Sam arranges for Steve to change shifts two afternoons a week. #speaker:school
- -> police

= police
Amy Lister sets out what the police can do. #speaker:police
"I can issue a Child Abduction Warning Notice against him now, with what we have from the school. It tells him to stay away from Mia, and if he doesn't, he can be arrested. I can also ask for the bus stop to be in the patrol plan at home time." #speaker:police #name-it:context-behaviour
* [Support the warning notice and the patrol at the stop #where:context #how:behaviour #adopt #agency:police #domain:welfare #harm:-1]
    The notice is served within the week. The patrol car passes the stop most days at twenty to four. The grey car is not seen for a fortnight.
* [Ask Amy to get Mia to make a statement first, so there can be a prosecution #where:individual #how:behaviour #adopt #agency:police #youth-trust:-2]
    Amy tries, twice, with Sam. Mia refuses both times and stops talking to Sam for a week. "She thinks we're trying to take him away from her," Sam says. "We are." #speaker:social-care
- -> culture

= culture
Paul Oduya, or Janet on his behalf, suggests a whole-year assembly on online safety and grooming, with a visiting speaker, and a PSHE lesson for every Year 9 form. #speaker:head-teacher #name-it:context-behaviour
Rosa has a different idea. "Put an adult at the bus stop at home time. Talk to the bus company about the 3.40. Tell the newsagent who to ring. Train staff that the school's care doesn't stop at the gate. And look at the records: if four girls had the same thing happen at the same stop, that's a pattern, not four cases." #speaker:health #name-it:context-ecological
* [Run the assembly and the Year 9 lessons #where:context #how:behaviour #adopt #agency:school #key #anxiety:-1]
    The assembly happens a fortnight later. The speaker is good. Ruby tells Rosa afterwards that half the year spent it looking at Mia.
* [Do what Rosa proposes: staff at the bus stop, the bus company and the shops brought in, staff training, and the records looked at as a pattern #where:context #how:ecological #adopt #agency:head-teacher #needs:head-teacher #domain:target #domain:partnership #brings:transport #guardianship:+3 #welcome:+1 #youth-trust:+1]
    #map:staff-at-stop
    Paul agrees to all of it. A member of staff at the stop from ten past three until the last pupil has gone; a meeting with Geoff Tanner at the bus depot about the 3.40; a card in the newsagent's window with the school's number. "We'll have to explain to the governors why we're supervising a public bus stop," Paul says. "I think I can." #speaker:head-teacher
- -> pressure

=== pressure ===
Three weeks later, Mia does not come home. #section:pressure #risk:+2 #anxiety:+2
She is found the next afternoon by police in a town forty miles away, in the man's car, with two other men she does not know. She is unhurt, physically. She is furious with everyone. #speaker:police
Mia will not talk to anyone except, briefly, Ruby, who tells Rosa that Mia said the other men "weren't nice like him". Rosa passes this on carefully, as the most important thing anyone has learned in a week.
Steve rings Sam at two in the morning, and again at five. By the time the panel meets, Janet has been called by the local authority's safeguarding board, a parent has posted about it online, and the school's phone lines are jammed. #scene:room
{anxiety >= 7: The room wants something decisive. The proposal to move Mia to another school, far from the bus stop and the man, is being argued hard by several people at once.|The room is shaken. People want to act, and they are looking to you.}
-> decide

= decide
* [Arrange a managed move for Mia to a school across the county, away from the bus stop #where:individual #how:behaviour #adopt #agency:school #displacement:+2 #anxiety:-2 #youth-trust:-2]
    The move is arranged within a week. Mia now takes two buses to a school where she knows nobody. She is on her own at a different bus stop for forty minutes every afternoon.
* [Treat Mia as a child who has been trafficked: a strategy meeting, support for her and her dad, and the men pursued for what they did #where:individual #how:ecological #adopt #agency:police #domain:welfare #trust:+1 #youth-trust:+1]
    The strategy meeting is that afternoon. Mia stays at Brookmere, with her friends. Amy's team arrests the man two days later on evidence from the car and the phones; he is charged. Mia does not give a statement, and does not need to.
* [Ask the panel to pause before deciding #where:context #how:ecological #pause]
    "Before we decide anything about Mia," you say, "can we take ten minutes? I want to be sure we're choosing what keeps her safe, not what makes this stop feeling like our fault." #speaker:you
    Janet says she feels as though she has failed. Rosa says she does not think anyone in the room has failed Mia as much as the system that left her at that stop alone. Paul, or Sam, says that moving her would make the adults feel better and Mia feel worse. #speaker:school
    -> decide
- -> lead

=== lead ===
The panel has to decide who holds this from here. #section:plan
Janet has held it for four months, mostly alone. She says, without any self-pity, that she cannot carry the place as well as the girl.
* [Janet keeps it: the school knows Mia best #where:individual #how:behaviour #anxiety:-1]
    Janet keeps the case. She is given an extra half day a week. It is not enough, and everyone knows it.
* [A shared plan led by the panel, with the school leadership, the police, the bus company and the school nurse each owning a part #where:context #how:ecological #domain:partnership #trust:+1]
    You agree to chair a monthly review of the plan. Paul takes the bus stop; Amy takes the man; Rosa takes the log; Sam and Janet take Mia. Janet says it is the first time in four years she has not felt alone with a case.
- -> readback

=== readback ===
Before the meeting ends, you read the whole plan back to the room. #section:plan
It is a habit you picked up from an old manager, who said that a plan agreed one item at a time is not the same as a plan anyone has looked at as a whole. Read out together, the actions say what the panel thinks the problem is. Some of them are about Mia. Some are about the man. Some are about the bus stop and the school. You ask the room to notice which of those three has the most lines.
Rosa says the plan is long. Amy says long is fine if each line has a name next to it. Janet asks, almost apologetically, whether anything in it is about the other girls who will stand at that bus stop next year, after Mia has left. There is a pause while everyone reads the plan again to check.
Sam will tell Steve what has been agreed tonight, in person, before his shift. Janet will tell Mia tomorrow, at a time Mia chooses. Everyone agrees that Mia should hear it from someone she trusts, and not from a letter.
-> first_timeskip

=== first_timeskip ===
A term later. #timeskip:A term later #section:timeskip #scene:school
You have thought about Mia most days since the plan was made. It is one of the things nobody tells you about chairing a panel: that the children stay with you between meetings, and that you find yourself looking at bus stops.
A school term is about thirteen weeks. The panel's plan has had long enough to become routine or to be quietly dropped. You go back to the bus stop at ten past three on a wet Tuesday to see which.
{
- outcome_place == "watched-over":
    There is a member of staff at the bus stop, in a high-visibility coat, chatting to Year 8s about football. The 3.40 now comes at 3.35. The newsagent has the school's number on a card by the till. Rosa's log shows no unknown car stopping in the lay-by for six weeks.
- outcome_place == "quiet-but-displaced":
    The bus stop is quieter. Rosa's log shows fewer cars. But Ruby tells Rosa that girls are being picked up at the retail park instead, a ten-minute walk away, where there are no staff at all.
- else:
    The bus stop is much as it was. The patrol car comes some days. Nobody from the school stands there.
}
{
- outcome_young_people == "connected":
    Mia is still at Brookmere. She has not seen the man since his arrest. She and Ruby are friends again. She told Janet last week that she would not have talked to her if Janet had got out another worksheet.
- outcome_young_people == "out-of-sight":
    Nobody is quite sure how Mia is. She has stopped talking to her social worker. Her new school says she is "settling", by which they mean she is quiet. She has been missing once more since the move.
- else:
    Mia is safer than she was, and not yet safe. Some weeks she talks to Janet; some weeks she does not.
}
{
- outcome_partnership == "trusting":
    The partnership is stronger. Geoff Tanner from the bus depot now comes to the panel's school-area meetings. Paul and Janet share the safeguarding load in a way they never did before.
- outcome_partnership == "reporting":
    Each agency sends its update. The plan is reviewed monthly. It is not clear that anyone's thinking has changed.
- else:
    The partnership has frayed. Janet is off sick with stress. Nobody has picked up her cases.
}
-> review

=== review ===
At the review, Janet brings the folder of worksheets, and puts it on the table. #section:review #scene:room
"I've been thinking about what I'd do differently," she says. "I'm not sure the answer's another worksheet." #speaker:school
She explains that she went on a course on healthy relationships work three years ago, and that it was a good course. It taught her how to help a girl understand what was happening to her. It did not ask whether understanding was what the girl was missing. "Mia understood everything," Janet says. "What she didn't have was anyone at that bus stop at twenty to four." #speaker:school
* [Record that the healthy relationships programme was completed, and close the school's part of the plan #where:individual #how:behaviour #anxiety:-1]
    It goes in the minutes. Janet takes the folder back. She does not say anything else.
* [Ask the school to assess itself against the whole picture, not just Mia's case: how it prevents, spots and responds to harm outside its gate #where:context #how:ecological #domain:measure #domain:target #youth-trust:+1]
    Paul agrees to a self-assessment, using the traffic-light framework the panel has been piloting with schools. The first version has more red than green. "Good," says Rosa. "Now we know where to start." #speaker:health
- -> second_timeskip

=== second_timeskip ===
A year later. #timeskip:A year later #section:ending #scene:school
A year on, Mia is fifteen. You read the panel's notes again before deciding whether to close the case, and then, because notes never tell the whole story, you go and find out for yourself.
{
- outcome_young_people == "connected":
    -> ending_watched
- outcome_young_people == "out-of-sight":
    -> ending_moved
- else:
    -> ending_half
}

= ending_watched
Brookmere High has a member of staff at the bus stop every afternoon. It is on the duty rota now, between the canteen and the field. #ending:watched-over
Mia is in Year 10. The man was convicted in the spring of offences against her and two other girls. She did not give evidence; she did not need to. She is doing her GCSEs. She told Janet she wants to be a paramedic, then laughed and said "or something".
Janet's worksheets are in a cupboard. She still does one-to-one work, but it starts with different questions now: who is around you, who would you call, who picks up. The school's records now have a field for "place", and last term it flagged a different bus stop, on the other side of the estate, which Paul has asked the panel to look at.
Rosa keeps her log, mostly out of habit. It has been empty since March.
When you close the case, you write in the summary that the most important change was not anything done with Mia. It was that the school stopped treating the bus stop as somebody else's problem. You are not sure the safeguarding board will understand why that belongs in a case summary about one girl. You write it anyway.
-> END

= ending_moved
Mia is at her new school, across the county. #ending:moved-away
She has been missing four times this year. Each time she is found, in a different town, with a different adult. Her new school's safeguarding lead has started a programme of one-to-one sessions on healthy relationships. Mia knows all the answers.
At Brookmere, the bus stop is much as it was. In September, Rosa noticed a grey car in the lay-by at twenty to four. It was a different car, and the driver was a different man. She wrote it down, but the log had been discontinued in the summer, when the case was closed.
The man was never charged. The panel recorded that the risk to Mia had "reduced following the move". For a while, at least, it had moved.
When you read the file back, every action in it is about Mia: her sessions, her safety plan, her statement, her school. The bus stop appears once, in a police summary, as the place where she "chose to wait". Nobody wrote down that three girls had waited there before her.
-> END

= ending_half
Mia is in Year 10, still at Brookmere. #ending:half-way
Some of what the panel did has held. The man was arrested and charged, though the case is still waiting for a date. Mia is safer than she was, and talks to Janet sometimes. Steve changed jobs so he could be at home after school.
Some of it has not. The bus stop is supervised on the days the rota works, which is most of them, and not on the days it does not. The school's records still treat each girl as her own case. Janet is carrying three more of them this term.
At the last review, Janet said she thought the panel had helped Mia and left the bus stop exactly where it was. Nobody argued. You wrote "the stop" on the agenda for next month, and underlined it.
Driving home, you think about how easy it was to agree each part of the plan, and how hard it is to say whether the whole of it made Brookmere any safer. The part about Mia was always going to happen. The part about the place needed someone to own it, and for most of the year, nobody quite did.
-> END
