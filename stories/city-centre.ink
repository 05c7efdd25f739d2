# title: City Centre
# summary: Girls are being sexually exploited around the bus station and the late-night takeaways. Your location assessment runs beside a police operation, and the quickest way to make the area safe is to move the girls out of it.
# themes: child sexual exploitation (not described in detail), going missing, out-of-area placements, police operations
# minutes: 20 to 30
# site: B
# setting: A location assessment in a city centre, by day and by night
# place: city-centre
# order: 2
# start: risk 7, anxiety 6, trust 4, youth-trust 3, time 90, guardianship 2, welcome 3, pull 6, harm 7, displacement 1
# present: police, early-help, vcs, placements, youth-work
# commissioned: mentoring, girls-project-daytime, detached-youth-work
# cast: you = You, team manager leading the location assessment
# cast: police = Detective Sergeant Fran Okoro, Operation Lantern
# cast: early-help = Mo Haddad, Early Help service manager
# cast: vcs = Tasha Bell, manager of a girls' project
# cast: placements = Gareth Pryce, placements manager, children's services
# cast: youth-work = Callum Reid, detached youth worker
# cast: business = Sunil Mehra, security manager, Northgate shopping centre
# cast: transport = Dee Walsh, night supervisor, the central bus station
# cast: young-person = Leah, 15
# cast: young-person-2 = Amber, 16, Leah's friend
# research: In this site, a multi-agency location assessment of a city centre ran alongside a police operation. The team asked who was on the ground and who knew the area, and talked to people there at different times of day and night. Detached youth work followed. A voluntary-sector partner said it had not ended anti-social behaviour but had really helped.
# research: The same assessment recorded as a strength that the exploited girls had been "safeguarded" through moving them away from the city centre. The authors call this the most extreme behaviour-based response they saw, and note that the creative work on the place was overshadowed by it, with no sign that the partnership noticed its approach had changed.
# research: The authors also found services limited by what had been commissioned: one partnership leaned heavily on mentoring, another had none. A voluntary-sector partner described coming to the table with its own availability and limits, and ending up reactive.
# cite: Owens & Lloyd 2023, Findings: "Safeguarding practice targeting individual behaviours"
# cite: Owens & Lloyd 2023, Findings: "Safeguarding practice targeting the social conditions"
# cite: Owens & Lloyd 2023, Implications for contextual safeguarding

VAR anxiety = 6
VAR present_business = 0
VAR present_transport = 0
VAR outcome_young_people = "mixed"
VAR outcome_place = "unsettled"
VAR outcome_partnership = "reporting"
VAR sources = 0
VAR went_at_night = false
VAR relocated = false

-> referral

=== referral ===
The briefing room at Central police station has no windows and a smell of toner. It is half past eight in the morning. #section:referral #scene:room
Detective Sergeant Fran Okoro runs Operation Lantern, a six-month operation against the sexual exploitation of girls in the city centre. She has asked children's services to run a location assessment alongside it, and you have been given the job. #speaker:police
"Here's what we know," she says. "At least six girls between fourteen and sixteen, mostly in care or on the edge of it. They hang around the bus station and the takeaways on Carver Street from about nine at night. Men, mostly in their twenties, buy them food, give them lifts, give them somewhere to stay. Then it's drink, then drugs, then the rest. We've got three suspects and a lot of gaps." #speaker:police
She puts a map on the table. Carver Street, the bus station, the shopping centre, a multistorey car park, a hotel near the ring road. Each has a red dot.
It is not the first time the city has tried to deal with this. Two years ago there was a dispersal order on Carver Street for a summer. The girls moved to the car park, then to the hotel, then back to Carver Street when the order ended. Before that there was a poster campaign about "staying safe", aimed at girls, which Tasha describes as "a picture of a sad girl and a phone number nobody rang".
You have read about Lantern in the weekly briefings, but you have not sat in its room before. The walls are covered: timelines, vehicle registrations, a photograph of the bus station at night with arrows drawn on it in red pen. It is an impressive room. It is also, you notice, a room in which the girls appear only as dots on a map, and the men as names.
Fran is candid about what an operation can and cannot do. Lantern has surveillance, analysts and a budget for six months. It can build cases against men. It cannot make the city centre somewhere girls want to be for better reasons, and she says so. "That's your side of the table," she says. "I just need you to not get in the way of mine." #speaker:police
Mo Haddad, who manages the Early Help service, has come with you. Gareth Pryce from placements is there too, because four of the girls are in care. Tasha Bell runs a voluntary-sector girls' project; she knows two of them. Callum Reid, a detached youth worker, sits at the end of the table with his coat still on. #speaker:early-help
Fran explains how she sees the assessment. "You tell us about the location. We tell you about the suspects. Between us we make the city centre a hostile place for these men." #speaker:police
* [Run the assessment as part of the operation, with one shared set of aims #where:context #how:behaviour #anxiety:-1]
    "Then let's do it as one piece of work," you say. "Same aims, same meetings, same information." #speaker:you
    Fran is pleased. Callum takes his coat off, slowly, which you later learn means he has decided to stay but does not like it.
* [Run it as a safeguarding assessment beside the operation: share information, but ask your own questions about what makes the place unsafe #where:context #how:ecological #domain:welfare #trust:+1]
    "We'll share everything we can," you say, "and we'll need your intelligence. But the assessment needs to ask its own questions: what makes this place unsafe for girls, and what would make it safer, whoever the men are." #speaker:you
    Fran thinks about it. "As long as you don't tip anyone off," she says. "Fine." Callum takes his coat off. #speaker:police
* [Start by identifying every girl at risk, so each can have a plan #where:individual #how:behaviour #youth-trust:-1]
    "First, I need every girl's name," you say. "Each of them needs a plan." #speaker:you
    Fran hands over a list of eleven. Tasha frowns. "Some of those are just girls who get the night bus," she says. "Being on that list will follow them." #speaker:vcs
- -> partners

= partners
Mo mentions that nobody from the businesses in the city centre is in the room: not the shopping centre, not the bus station, not the takeaways. "They're the ones who are actually there at night," Mo says. #speaker:early-help
* [Invite the shopping centre's security manager and the bus station's night supervisor to join the assessment #where:context #how:ecological #domain:partnership #brings:business #brings:transport #time:-10 #trust:+1]
    You ring Northgate shopping centre and the bus company that afternoon. Sunil Mehra, who manages security at the centre, agrees straight away. Dee Walsh, the bus station's night supervisor, is more careful. "Is this going to be my staff getting blamed?" she asks. You tell her it is not. She agrees to come.
* [Keep it to statutory agencies for now: the operation is sensitive #where:context #how:behaviour #anxiety:-1]
    You agree with Fran that, while the operation is live, it is safer to keep the circle small. Mo writes "businesses: later" in his notebook and underlines it.
- On the way back to the office, Callum sits in the back of Mo's car and talks, mostly to the window. #speaker:youth-work
"Every few years someone discovers the city centre at night," he says. "There's an operation, or a campaign, or a panel, and for a while everyone's very busy. Then the money stops and the girls are still there, and so are the men, and so am I." He is not bitter about it, exactly. "I'm just saying. If you want this to be different, start by finding out who's there when we're not." #speaker:youth-work
Mo asks him what he would do with unlimited money. Callum laughs. "I wouldn't need unlimited. I'd need the bus station to stay open, a warm room that isn't a police station, and the people who work nights to know the girls are kids." #speaker:youth-work
-> scoping

=== scoping ===
The location assessment template has a question near the top that you read twice: what draws young people to this place at all? #section:scoping
The team can do two pieces of fieldwork before the next meeting. Callum says the city centre is two different places: one by day, one after nine at night. "You'll see different people in each," he says. #speaker:youth-work
The guidance says a location assessment should ask the people who use a place, the people who work there, and the professionals who know it, and should include your own observation at different times. It does not say what to do when there is only time for some of that. You will have to choose.
-> hub

= hub
{sources == 1: There is time for one more.}
* [Walk the city centre on a Friday night, 10pm to 2am, with the detached youth workers #where:context #how:ecological #domain:measure #youth-trust:+1] -> night(-> heard)
* [Spend a weekday afternoon with shop and security staff at Northgate shopping centre #where:context #how:ecological #domain:partnership] -> day(-> heard)
* [Be at the bus station for the 6am shift change and talk to the night staff #where:context #how:ecological] -> dawn(-> heard)
* [Read the girls' case files and missing-episode records #where:individual #how:behaviour] -> files(-> heard)

= heard
~ sources += 1
{sources < 2: -> hub}
-> weighting

= night(-> next)
~ went_at_night = true
Callum picks you up at ten. It is cold and dry, and the city centre is busier than you expected. #scene:city-centre
The shopping centre has closed and its entrances are dark. The bus station is lit and warm, and its seats face the glass doors, so you can see who comes and goes. From about half past ten, groups of young people drift in and out. Most are waiting for buses. Some are not. #speaker:youth-work
At the Carver Street takeaways, the owner of one gives free chips to anyone under sixteen "because they're kids". He knows most of them by name. He has noticed the men too, and does not like them, but he has never been asked what he sees.
At about midnight, Amber, sixteen, comes over to Callum. She knows him from a youth club that closed last year. She talks to you for twenty minutes, mostly about how there is nowhere to go at night that is warm and free except the bus station, and how security there moves them on after midnight. "Then it's the car park or someone's flat," she says. #speaker:young-person-2
When you ask about the men, she says they're "all right, some of them". Then she says Leah hasn't been herself. Then she has to go.
-> next

= day(-> next)
Sunil Mehra shows you the shopping centre's control room: forty screens, two officers, a log of every incident. #scene:city-centre
He has noticed the girls, and he has noticed the men. His officers move groups of young people on when they gather near the entrances after four o'clock, because the shop tenants complain. "We've never been told they might be victims," he says. "We've been told they're a nuisance." #speaker:business
A woman who runs a phone shop by the food court tells you that one of the men buys top-up cards for the girls, several at a time, most weeks. She has thought about it a lot. She never knew whom to tell.
By the end of the afternoon you have a list of eight people who work in the centre and see the girls most days. None of them has ever spoken to children's services.
-> next

= dawn(-> next)
Dee Walsh meets you at the bus station at ten to six. The night shift is tired and talkative. #scene:city-centre
They see everything. Which girls come in alone and leave with someone. Which cars wait on the taxi rank when they should not. Which nights are bad. One driver says he once refused to let a girl off the last bus because the man waiting at the stop "looked wrong", and drove her to the depot instead and called her mum. He is not sure if he was allowed to. #speaker:transport
Dee says her staff are told to keep the station clear of "loitering" after midnight, which in practice means moving the girls out into the street. "Where there's nobody at all," she adds. She says it as if she has only just heard herself say it. #speaker:transport
-> next

= files(-> next)
You spend a day with six case files. #scene:room
They are thick. Missing episodes, return interviews, strategy meetings, placement moves. In each file the girl's behaviour is described carefully: "placing herself at risk", "associating with older males", "refusing to engage", "making unwise choices". In four files the plan says the girl must stop going to the city centre.
Almost nothing in the files describes the city centre itself: where the girls go, who they meet, what draws them, who else is there. The place appears only as the thing the girls are told to avoid.
Reading the return interviews one after another, you notice that three girls name the same takeaway, the same bus shelter and the same car. Nobody seems to have put the interviews side by side before.
-> next

=== weighting ===
The assessment team meets again at the police station. #section:weighting #scene:room
{went_at_night: You describe the city centre after ten: the warm bus station, the dark shopping centre, the free chips, the car park.|Callum points out that nobody from the team has yet seen the city centre at night, when the harm happens. "We're assessing a place we've only seen in daylight," he says. #youth-trust:-1}
{present_business: Sunil and Dee have come, which surprises Fran. Dee brings a list of dates and times her staff have written down, unprompted, over the past month.}
You lay out what the team has learned against the assessment's three headings. First, the girls themselves: what they bring, including their loyalty to each other and their knowledge of exactly who is dangerous. Second, guardianship: which adults with a caring intention are actually present at the times and places where the harm happens. Third, the place: its resources, its layout, its rules, its opening hours.
The second heading is the one the team finds hardest to fill. By day there are dozens of adults in the city centre. After midnight there are very few, and most of those have been told to move young people on.
The template asks which context most drives the harm, and so has to change first.
* [The men: take them out of the picture and the harm stops #where:context #how:behaviour #domain:welfare]
    "The men," you say. "That's where the harm comes from." Fran agrees, hard. Callum agrees too, then adds: "And the next lot will find the same girls in the same places unless something else changes." #speaker:youth-work
* [The city centre at night: nowhere warm and safe to be, and nobody who is there to look out for girls #where:context #how:ecological #domain:target #youth-trust:+1]
    "The city centre at night," you say. "Every safe place closes or moves them on, and the only adults who stay are the ones who want something from them. That's what the men rely on." #speaker:you
    Mo nods. "We've never thought about the night economy as a safeguarding partner," he says. "It's always been an enforcement problem." #speaker:early-help
* [The girls' own choices: they keep going back #where:individual #how:behaviour #youth-trust:-1]
    "In the end they keep going back," you say. "However many times we bring them home." #speaker:you
    Tasha shakes her head slightly. "They go back because it's the only place anyone's nice to them," she says. "That's the whole trick." #speaker:vcs
- -> goals

=== goals ===
You ask the team to agree goals before anyone proposes a response. #section:goals
Fran is impatient with this, and says so: the operation has targets already, and she does not want two sets. Mo says the Early Help service has its own outcomes framework too, and Tasha's funder has a third. You point out that none of those targets describes the city centre itself. Whatever goal the team writes down now will decide what counts as success when the assessment is reviewed, and so, in the end, what the team does.
* [Goal: the girls identified are no longer in the city centre at night #where:individual #how:behaviour #anxiety:-1]
    It goes on the board. It is clear, and it can be counted every week. Fran says Lantern can report on it.
* [Goal: the city centre at night has adults in it who notice and act, and girls can be there safely; measured by asking the girls, staff and businesses, and by watching #where:context #how:ecological #domain:measure #trust:+1]
    It goes on the board. Fran asks how anyone measures "adults who notice". Dee says, "Ask my drivers in three months." #speaker:transport
- -> discussion

=== discussion ===
The next meeting is the one where the plan is made. #section:discussion #scene:room
Fran opens with an update from Lantern: one suspect identified, one vehicle seized, two girls who have refused to make statements. The operation is going well by its own measures and she says so, with some relief. Then she hands over to you.
You read out the goal the team set, and what the fieldwork found. It takes ten minutes. When you finish, there is the particular silence of a room in which everyone is waiting to find out which of the proposals already in their heads is going to win.
Gareth Pryce, from placements, speaks first. He has been talking to Fran. #speaker:placements
"Three of the girls are in children's homes within a mile of Carver Street. I can find placements for all three outside the city, in the next fortnight. Out of the area, away from these men, in homes with good staff. It's not cheap, and it's not what they'd choose. But I've been doing this a long time, and distance works." #speaker:placements #name-it:context-behaviour
Fran supports it. "It takes them out of harm's way while we build the case." #speaker:police
-> relocation

= relocation
* [Support moving the three girls to placements out of the area #where:context #how:behaviour #adopt #agency:placements #key #displacement:+2 #anxiety:-2 #youth-trust:-2]
    ~ relocated = true
    The panel agrees. Gareth will start the searches today. Tasha asks who will tell the girls, and whether they will be asked. Gareth says their social workers will explain. The minutes record that the girls "will be safeguarded by being moved out of the area".
* [Keep the girls where they are and build safety around them in the city centre #where:context #how:ecological #adopt #agency:early-help #domain:target #youth-trust:+1]
    "If we move them, the men will be at the bus station next week with three new girls," you say. "And these three will be a long way from anyone they trust. I'd rather make this place safer for them." #speaker:you
    Gareth says he respects that, but he wants it minuted that placements were offered. It is minuted.
* [Ask for a pause: what would each of us do if it were our daughter? #where:context #how:ecological #pause]
    You ask the room to stop for ten minutes. It is an uncomfortable question, and the answers are honest. Fran says: move her, tonight. Gareth says: the same. Tasha says: ask her first. Callum says: depends who she trusts. Nobody changes their mind, but everyone hears the others. #speaker:you
    -> relocation
- -> mentoring

= mentoring
Mo has a proposal that comes almost automatically. "We've got the mentoring contract. Every girl on the list gets a mentor. They're good: weekly sessions, goal setting, decision making. We refer nearly everything to them." #speaker:early-help #name-it:individual-behaviour
* [Refer every girl on the list to mentoring #where:individual #how:behaviour #adopt #agency:early-help #service:mentoring]
    The referrals go that week. The mentoring service says it can start in a month.
* [Ask what the girls would want, before referring anyone anywhere #where:individual #how:ecological #youth-trust:+1]
    You ask Tasha and Callum to find out from the girls who they would actually talk to. Mo looks slightly lost. "We always do mentoring," he says, not defensively. "I'd never thought about why." #speaker:early-help
- -> girls_project

= girls_project
Tasha sets out what her project can offer. #speaker:vcs
"We run a drop-in for girls, Tuesdays and Thursdays, four till seven, at our building by the university. I'll be honest: that's our funding, and that's our hours. We come with our own limits like everyone else. I can't staff Friday nights." #speaker:vcs
* [Ask Tasha's project to move one session to a Friday night in the city centre #where:context #how:ecological #adopt #agency:vcs #needs-trust:6 #guardianship:+1 #welcome:+1]
    Tasha looks at the others before she answers. "If Early Help can cover the extra hours, and if Callum's team works alongside us, yes. We'll try it for three months." #speaker:vcs
* [Refer the girls to the daytime drop-in as it is #where:individual #how:behaviour #adopt #agency:vcs #service:girls-project-daytime]
    The panel refers the girls to the Tuesday and Thursday drop-in. Tasha says two of them already come. The others are asleep at four o'clock most days, because they are out all night.
- -> on_the_ground

= on_the_ground
Callum has a proposal. It is not a programme. #speaker:youth-work
"We ask who's on the ground and who knows the area, and we go and stand with them. Detached work Friday and Saturday nights, at the bus station and on Carver Street. And we train the people who are already there at night: Dee's drivers, Sunil's security officers, the takeaway owners. What to look for, who to ring, and that the girls are children, not a nuisance." #speaker:youth-work #name-it:context-ecological
* [Agree detached youth work at night and training for the people who work there #where:context #how:ecological #adopt #agency:youth-work #key #domain:target #domain:partnership #service:detached-youth-work #guardianship:+2 #welcome:+1 #youth-trust:+1]
    The panel agrees. #map:night-staff
    {present_transport: Dee says her drivers will do the training in their own time if they have to. Sunil offers the control room for it.|Mo says he will contact the bus company and the shopping centre, though neither is at the table.}
* [Agree detached work, but ask security to keep moving groups on after midnight #where:context #how:behaviour #adopt #agency:police #guardianship:+1 #welcome:-2]
    The panel agrees both. Callum points out that his workers will be building trust with girls that security then moves into the street. Nobody has an answer.
- -> pressure

=== pressure ===
Eleven days later, Leah goes missing. #section:pressure #risk:+2 #anxiety:+2
She is found two nights later, in a flat in another city, with a man Operation Lantern has been trying to identify for months. She is physically unhurt. She will not say how she got there. #speaker:police
The emergency meeting is at the police station. Fran has not slept. Gareth has a placement for Leah two hundred miles away, available tomorrow. #scene:room
Leah is back in her children's home, asleep. Her keyworker, who has known her for a year, has emailed to say that Leah cried when she saw the home's front door, and that she does not think Leah would survive another move. Gareth has seen the email. So has Fran. Neither mentions it at first.
Amber has been texting Callum all day, asking if Leah is in trouble.
{anxiety >= 7: The room wants something done today. Gareth's placement is the only concrete offer on the table, and it is being argued for hard.|The room is shaken. People want to act, but they are waiting to hear what you think.}
-> decide

= decide
* [Move Leah to the placement two hundred miles away, tomorrow #where:individual #how:behaviour #adopt #agency:placements #displacement:+1 #anxiety:-2 #youth-trust:-2]
    Leah is moved the next morning. Her social worker drives her. She does not say goodbye to Amber, because nobody told Amber in time. Fran says the distance buys her time to build a case.
* [Hold a strategy meeting for Leah as a victim of exploitation: keep her near the people she trusts, with extra support, and pursue the man #where:individual #how:ecological #adopt #agency:police #domain:welfare #trust:+1 #youth-trust:+1]
    You hold the strategy meeting that afternoon. Leah stays in her home, with an extra member of staff at night and Callum visiting. The police arrest the man four days later, on evidence that has nothing to do with Leah's statement. She has not given one. She has started talking to Callum.
* [Ask the room to pause before deciding anything about Leah #where:context #how:ecological #pause #anxiety:-1]
    "We are all exhausted," you say, "and we're about to make a decision about a fifteen-year-old's whole life. Let's take ten minutes and ask what she would say if she were here." #speaker:you
    Tasha says Leah would say she wants to stay near Amber. Gareth says that is exactly the problem. Fran says nothing for a long time, then: "What happened last time we moved a girl away? She came back in three weeks." #speaker:vcs
    -> decide
- -> lead

=== lead ===
Fran asks, reasonably, who is leading the plan now: Lantern or the assessment. #section:plan
It is not a small question. Whoever leads decides where the meetings happen, whose updates come first, and which questions get asked when time runs short. Since the first meeting the assessment has met in a police briefing room, under a whiteboard headed with the operation's name. Callum points this out, mildly, and Fran laughs, because she had not noticed either.
* [Operation Lantern leads: the risk is too high for anything else #where:context #how:behaviour #trust:-1 #anxiety:-1]
    The plan becomes part of the operation's action log. Meetings move to the police station's weekly briefing. The assessment's questions about the place are carried forward "for later".
* [The safeguarding partnership leads, with the operation feeding in #where:context #how:ecological #domain:welfare #domain:partnership #trust:+1]
    You keep the chair. Fran agrees to bring Lantern's updates to the assessment meetings, rather than the other way round. "It'll be a first," she says.
- -> first_timeskip

=== first_timeskip ===
Two months later. #timeskip:Two months later #section:timeskip #scene:city-centre
The clocks have gone back. Carver Street is dark by half past four, and the bus station is the brightest place in the city centre.
Two months is not long in the life of a city centre. The shops are the same, the buses are the same, and most of the people who work nights are the same. What the team can report is mostly what small numbers of people now do differently, and what has happened to the girls the panel knew.
{
- relocated:
    The three girls have been moved out of the area. Two have already run back at least once; one is settled and hates it. The assessment's draft lists the moves under "strengths".
}
{
- outcome_place == "watched-over":
    The city centre at night is different in small ways that add up. Callum's team is at the bus station every Friday and Saturday. The takeaway owner rings the police non-emergency line when he sees a particular car. Dee's drivers know the girls' names, and two girls now wait for the last bus inside the driver's cab office.
- outcome_place == "quiet-but-displaced":
    The bus station is quieter. The girls the panel knew are gone. But Callum has started seeing younger girls, thirteen and fourteen, on Carver Street, and the same cars.
- else:
    The city centre looks much as it did. Some things have helped: the training, a few conversations. Security still moves groups on after midnight.
}
{
- outcome_young_people == "connected":
    Amber has started coming to the Friday drop-in. Leah talks to Callum most weeks. She told him the name of a second man.
- outcome_young_people == "out-of-sight":
    Nobody on the panel is quite sure where most of the girls are at night now. They have stopped coming to the bus station. Callum says that is not the same thing as being safe.
- else:
    Some of the girls are closer to people who can help. Others have drifted further away.
}
{
- outcome_partnership == "trusting":
    The partnership has changed shape. Dee and Sunil come to every meeting. Fran asks the assessment team what they think before Lantern acts, which she says she has never done before.
- outcome_partnership == "reporting":
    The meetings continue. Each agency reports its numbers. The questions about the place are still on the agenda, usually as the last item.
- else:
    The partnership has fractured. Tasha's project has withdrawn, saying it was never asked what it thought. Callum is the only non-statutory worker who still comes.
}
-> review

=== review ===
The assessment has to be written up. You have the draft in front of you. #section:review #scene:room
The template is the one the partnership has used for two years. Its sections are headed "concerns", "strengths", "actions" and "review date". There is no heading for what the partnership itself did, or for how its approach changed along the way.
The "strengths" section is empty, and everyone is waiting for you to fill it in.
* [Write the girls' moves out of area as the main strength: they are no longer in the city centre #where:context #how:behaviour #anxiety:-1]
    You write it. It is true, as far as it goes. Fran signs off the draft. The assessment says the core group "has been safeguarded by being moved". Nobody in the room says that the plan's direction changed halfway through.
* [Record plainly that the plan moved from changing the place to moving the girls, and ask what that did to each #where:context #how:ecological #domain:measure #trust:+1]
    You write a paragraph nobody asked for: that the assessment set out to change the city centre, that part of the response became moving girls away from it, and that the panel needs to know what both did. Gareth reads it twice. "Fair," he says. "Put the placement outcomes in too, the bad ones as well." #speaker:placements
* [Write up what the people on the ground now do differently, and ask them to keep doing it #where:context #how:ecological #domain:partnership #youth-trust:+1]
    The strengths section becomes a list of people: the takeaway owner, Dee's drivers, the security officers, Callum's team, Tasha's Friday session. You send each of them a copy.
- -> second_timeskip

=== second_timeskip ===
A year later. #timeskip:A year later #section:ending #scene:city-centre
{
- outcome_young_people == "connected":
    -> ending_watched_over
- outcome_young_people == "out-of-sight":
    -> ending_moved_on
- else:
    -> ending_both
}

= ending_watched_over
It is a Friday night in November, and the bus station is full of people. #ending:watched-over
Operation Lantern closed with two convictions. Leah gave evidence in the end, by video link, with Callum in the room. She is sixteen now and lives in supported accommodation on the other side of the city. She still comes into the centre on Fridays. So does Amber. They both know which drivers will let them wait in the office.
The night staff at the bus station have their own name for the training: "the talk". Every new driver gets it. Sunil's security officers no longer move groups of girls on after midnight; they ring Callum's team instead. The takeaway owner still gives free chips to under-sixteens.
Anti-social behaviour complaints are down, but not gone. Mo says that was never really the point. The partnership now runs two more location assessments the same way, starting with the question of who is on the ground.
Fran, who has moved to another team, rang you last month to ask how it had been done. You told her the truth: it was slow, it relied on people nobody had thought of as partners, and nobody could be sure which part had made the difference. She said that was the least satisfying answer she had ever been given, and asked if you would come and explain it to her new boss.
-> END

= ending_moved_on
It is a Friday night in November, and the bus station is quiet. #ending:moved-on
The girls the panel knew are scattered across four local authorities. Two came back and were moved again. One, according to her new social worker, is being exploited by men in the town she was sent to; the file says she "continues to place herself at risk".
Leah stopped talking to anyone after her move. She went missing from her placement in March and has been found twice since, each time further away.
Operation Lantern closed with one conviction. Fran says that, looking back, the city centre never became a hostile place for the men, only an empty one for the girls. Callum still sees new girls on Carver Street, younger than before. The assessment on file records that the core group was safeguarded.
Tasha sends you an article about a city fifty miles away that has started seeing "new" girls from out of area at its bus station. She does not add a comment. She does not need to.
-> END

= ending_both
It is a Friday night in November, and the city centre is neither safe nor lost. #ending:mixed
Some of what the panel did has lasted. Callum's team is still out on Friday nights. Some drivers know what to look for. Some of the girls are closer to adults they trust than they were a year ago.
Some of it has not. Two girls were moved away and have not settled. The shopping centre's security contract changed hands, and the new firm was never trained. The assessment is filed, with its strengths section listing both the detached work and the moves, side by side, as if they were the same kind of thing.
At the last meeting, Mo said he thought the partnership had done a really good piece of work, and that there had been moments of real creativity, but that they had been few and far between. Nobody disagreed.
Driving home, you think about the strengths section again. Both things in it were done to keep girls safe. One changed the city centre, and one removed girls from it. The template had no way to tell the difference, and, for most of the year, neither did the panel.
-> END
