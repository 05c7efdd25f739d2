# title: City Centre
# summary: Girls are being sexually exploited around the bus station and the all-night food places of a city centre. You lead a location assessment that runs beside a police operation, and the quickest way to make the area safe looks like moving the girls out of it.
# themes: child sexual exploitation (not described in detail), going missing, out-of-area placements, police operations
# minutes: 25 to 35
# site: B
# setting: A location assessment in a city centre: a Friday night on the streets, then a police briefing room
# place: city-centre
# order: 2
# start: risk 7, anxiety 6, trust 4, youth-trust 3, time 90, guardianship 2, welcome 3, pull 6, harm 7, displacement 1
# present: police, early-help, vcs, placements, youth-work
# commissioned: mentoring, girls-project-daytime, detached-youth-work
# objectives: Distinguish moving a young person out of a place from changing the place itself, even when both are written up as keeping her safe.
# objectives: Notice how a police operation and high risk shape where a partnership meets, whose questions come first and which options are argued hardest.
# objectives: Weigh the short-term relief of behaviour-based options against the slower, costlier work of adding caring adults to a place at night.
# fact: after-close = where the girls go once the bus station is cleared after midnight
# fact: station-rule = that the bus station's staff are told to clear young people out after midnight
# fact: security-view = what Northgate's security officers already see of the girls and the men, and what they have been told the girls are
# fact: same-places = that three girls' return interviews name the same restaurant, the same stop and the same flats
# fact: girls-map = where the girls themselves say they feel safe and unsafe in the city centre at night
# cast: you = You, team manager in children's services, leading the location assessment
# cast: police = Detective Sergeant Fran Okoro, Operation Lantern
# cast: early-help = Mo Haddad, Early Help service manager
# cast: vcs = Tasha Bell, manager of a girls' project
# cast: placements = Gareth Pryce, placements manager, children's services
# cast: youth-work = Callum Reid, detached youth worker
# cast: business = Sunil Mehra, security manager, Northgate shopping centre
# cast: transport = Dee Walsh, night supervisor, the central bus station
# cast: food = Jo Kerr, night manager of an all-night burger restaurant on Carver Street
# cast: young-person = Leah, 15
# cast: young-person-2 = Amber, 16, Leah's friend
# pressures: police = A live six-month operation with targets, suspects not yet charged, and a risk that too many people know about it
# pressures: early-help = Money for one new thing this quarter, a mentoring contract already paid for, and your own outcomes framework
# pressures: vcs = Two girls who trust one of your workers, no contract for that work, and a funder with its own measures
# pressures: placements = Four of the girls in care, placements far away available within a fortnight, and a budget that cannot pay for night staff
# pressures: youth-work = Two nights of detached work and girls who text at all hours
# pressures: business = Tenants who want groups kept from the entrances, and complaints arriving weekly
# pressures: transport = A station manager who wants it cleared after midnight, insurance questions, and night staff with no training for this
# research: In this site, a multi-agency location assessment of a city centre ran alongside a police operation. The team asked who was on the ground and who knew the area, and talked to people there at different times of day and night. Detached youth work followed. A voluntary-sector partner said it had not ended anti-social behaviour but had really helped.
# research: The same assessment recorded as a strength that the exploited girls had been "safeguarded" through moving them away from the city centre. The authors call this the most extreme behaviour-based response they saw, and note that the creative work on the place was overshadowed by it, with no sign that the partnership noticed its approach had changed.
# research: The authors also found services limited by what had been commissioned: one partnership leaned heavily on mentoring, another had none. A voluntary-sector partner described coming to the table with its own availability and limits, and ending up reactive.
# cite: Owens & Lloyd 2023, Findings: "Safeguarding practice targeting individual behaviours"
# cite: Owens & Lloyd 2023, Findings: "Safeguarding practice targeting the social conditions"
# cite: Owens & Lloyd 2023, Discussion: "Extra-familial harm"
# cite: Owens & Lloyd 2023, Implications for contextual safeguarding

VAR anxiety = 6
VAR outcome_young_people = "mixed"
VAR outcome_place = "unsettled"
VAR outcome_partnership = "reporting"
VAR present_business = 0
VAR goal = ""
VAR relocated = false
VAR leah_moved = false
VAR wrote_shift = false
// What the fieldwork found, read once in the weighting and then cleared
// (the game keeps the facts; options that need them use #needs-known).
LIST found = after_close, station_rule, security_view, same_places, girls_map

-> night_walk

=== night_walk ===
Friday, twenty to eleven at night. The N11 night bus swings into the central bus station and lets off a dozen passengers, most of them under twenty. #section:referral #scene:city-centre
On Monday you start a location assessment of the city centre, run beside a police operation. Before you sit in any room about this place, you have asked Callum Reid, a detached youth worker who has walked these streets for nine years, to show it to you on the night of the week when things happen.
"Most people who write about the city centre have only seen it at lunchtime," he says. "Lunchtime's a different city." #speaker:youth-work
Northgate shopping centre shut at eight. Its glass doors are dark, and behind them a single security officer walks the mall with a torch, trying door handles. The bus station, across the square, is the opposite: lit, warm, open, its rows of metal seats turned to face the doors so that anyone sitting can see who comes in. The departures board shows two more buses for most routes, the last at quarter past one.
From about half past ten, groups of young people drift in and out. Most are waiting for a bus. Some have no bus to wait for. Callum nods to a few of them and stops to talk to none, not yet. "You don't walk up to people on your first night," he says. "You're just a man and a woman in coats." #speaker:youth-work
On Carver Street the only thing open is the all-night branch of a burger chain. Jo Kerr, the night manager, has a drawer of phone chargers behind the counter, and she lets anyone under sixteen plug in while they wait. #speaker:food
"A dead phone at one in the morning is how kids go missing," she says. "Head office doesn't know I do it." She has noticed the men as well: in their twenties, paying for the girls' food with a tap of a card, never eating themselves, leaving with whoever is ready. "I've thought about ringing someone. I wouldn't know who. And I'm not sure I'd want the police in here every night either." #speaker:food
At about midnight, a girl in a thin jacket comes over to Callum. Amber is sixteen. Last winter, when her phone died and she had no fare, Callum gave her one of the day tickets he carries in his wallet, and she has talked to him ever since. #speaker:young-person-2
She talks to you for twenty minutes, mostly about warmth. There is nowhere warm and free at night except the bus station, she says, and you can't stay there once it gets late. "Then it's the car-park stairs or someone's flat." #speaker:young-person-2
When you ask about the men, she says they are "all right, some of them". Then she says Leah hasn't been herself, and that Leah has a phone nobody bought her. Then her bus comes, or a message does, and she has to go. #speaker:young-person-2
At half past twelve a security officer in a bus company fleece walks the length of the concourse, calling out that the station is closing to anyone without a ticket for the next departure. Groups stand up slowly and go out through the glass doors into the square.
# facilitator: The night walk: follow or stay
# facilitator-minutes: 5
# facilitator-point: Following the girls shows where they go once the station closes; staying shows what the people who work there are told to do.
# facilitator-point: Both are ways of learning a place at the hour the harm happens.
# facilitator-finding: In one site, workers learned a city centre by talking to the people on the ground at different times of day and night.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: When did anyone from your agency last see this kind of place at one in the morning?
# facilitator-ask: What does the security officer know that no case file holds?
Callum looks at you. "This is the bit nobody writes down," he says. "You can follow them or you can stay. I can't do both with you." #speaker:youth-work
* [Go with Callum after the girls who leave the station #unscored #learns:after-close]
    ~ found += after_close
    You follow at a distance, the way Callum does, never close enough to be with anyone.
    The group goes round the back of Northgate to the stairwell of the multistorey car park, where the air from the shopping centre's vents keeps the concrete warm. They sit on the steps and share chips from Jo's restaurant. At ten past one, two of the girls look at their phones, stand up and walk to Mercer Row, where the flats above the shops are let by the night on a booking website. A door opens before they knock.
    Callum writes down the time and the address, and nothing else. "No names," he says. "Not until they know who I am." #speaker:youth-work
* [Stay, and talk to the officer who is clearing the station #unscored #learns:station-rule]
    ~ found += station_rule
    The officer is called Ray. He works for the bus company, on the night team Dee Walsh supervises, and he is not happy about this part of the shift.
    "The instruction is: after midnight, nobody stays who isn't catching the next bus. It's on the sheet. 'Loitering.'" He locks the side door behind the last group. "I know most of them by sight. I know which ones get collected. And I'm the one who puts them out into the square, where there's nobody at all."
    He has never been asked what he sees. Nobody, he says, has ever told him the girls might be victims. He has been told they are a nuisance, and that the station is not a hostel.
- At quarter past one the last bus leaves, and the city centre belongs to taxis, the burger restaurant and the people who have nowhere else to go.
Walking back to your car, Callum talks, mostly to the pavement. #speaker:youth-work
"Every few years someone discovers the city centre at night," he says. "There's an operation, or a campaign, or a panel, and for a while everyone's very busy. Then the money stops and the girls are still here, and so are the men, and so am I." He is not bitter about it, exactly. "I'm just saying. If you want it to be different this time, start with who's here when we're not." #speaker:youth-work
You ask him what he would do with unlimited money. He laughs. "I wouldn't need unlimited. I'd need the station to stay open, a warm room that isn't a police station, and the people who work nights to know the girls are kids." #speaker:youth-work
-> referral

=== referral ===
Monday, half past eight in the morning. The briefing room at Central police station has no windows and a smell of toner. #section:referral #scene:room
Detective Sergeant Fran Okoro runs Operation Lantern, a six-month police operation against the sexual exploitation of girls in the city centre. She asked children's services to run a location assessment beside it, and you have the job. #speaker:police
"Here's what we know," she says. "At least six girls between fourteen and sixteen, most of them in care or close to it. They're round the bus station and Carver Street from about ten. Men in their twenties buy them food, top up their phones, give them somewhere to stay. Then it's drink, then drugs, then the rest. We have three suspects and a lot of gaps." #speaker:police
The city has tried before. Two summers ago, the police used their dispersal powers on Carver Street: an inspector authorised a dispersal zone for forty-eight hours at a time, the longest the law allows, and officers directed groups of young people to leave it. The authorisations were renewed most weekends from June to September. The girls moved to the car-park stairs, then to a hotel by the ring road, then back to Carver Street when the weekends of authorisations stopped.
The council's community safety team then consulted on a Public Spaces Protection Order, which could have banned gathering near the bus station for up to three years. The youth service and the bus company both objected, and the order was shelved. Before that there had been a poster campaign about "staying safe", aimed at girls, which Tasha Bell describes as "a picture of a sad girl and a phone number nobody rang".
The walls of the room are covered: timelines, phone numbers, the booking history of three short-let flats, a photograph of the bus station at night with arrows drawn on it in red pen. It is an impressive room. It is also, you notice, a room in which the girls appear as dots on a map and the men as names.
Mo Haddad, who manages the Early Help service, has come with you. Gareth Pryce from placements is here because four of the girls are in care. Tasha Bell runs a voluntary-sector girls' project and knows two of them. Callum sits at the end of the table with his coat still on.
Fran is candid about what an operation can do. Lantern has analysts, surveillance and six months. It can build cases against men. "It can't make the city centre somewhere girls want to be for better reasons," she says. "That's your side of the table. I just need you not to get in the way of mine." #speaker:police
# facilitator: The assessment and the operation
# facilitator-minutes: 8
# facilitator-point: Lantern has analysts, surveillance and six months; the assessment has questions about what makes the city centre unsafe.
# facilitator-point: One set of aims is simpler; two sets means negotiating, and the police may feel slowed down.
# facilitator-finding: In one site, the location assessment ran alongside a police operation, and the assessment later ended with exploited girls moved out of the city centre.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: What would the assessment be able to ask that the operation cannot, and the other way round?
# facilitator-ask: How would each agency know if the two were pulling against each other?
"The way I see it," she goes on, "you tell us about the location, we tell you about the suspects, and between us we make the city centre a hostile place for these men." #speaker:police
* [Run the assessment as part of the operation, with one set of aims: make the city centre hostile to the men #where:context #how:behaviour #why:It takes the place as its target but works through deterrence and enforcement, so its method is behaviour-based.]
    "Then let's do it as one piece of work," you say. "Same aims, same meetings, same information." #speaker:you
    Fran is pleased, and it shows: the first thing she does is give you a desk in the operations room. Callum takes his coat off, slowly, which you later learn means he has decided to stay but does not like it.
* [Run a safeguarding assessment beside the operation: share information, but ask your own questions about what makes the place unsafe #where:context #how:ecological #domain:welfare #why:It keeps the place as the target and asks about its conditions, not only about who to deter.]
    "We'll share everything we can," you say, "and we'll need your intelligence. But the assessment has to ask its own questions: what makes this place unsafe for girls, and what would make it safer, whoever the men turn out to be." #speaker:you
    Fran thinks about it for longer than is comfortable. "As long as nobody tips anyone off," she says. "Fine. But my timetable doesn't move." Callum takes his coat off. #speaker:police
* [Start by identifying every girl at risk, so that each one has a plan #where:individual #how:behaviour #why:It turns a question about a place into a list of girls whose behaviour each plan will try to change.]
    "First I need every girl's name," you say. "Each of them needs a plan." #speaker:you
    Fran hands over a list of eleven, and the room relaxes: there is something to do. Tasha frowns. "Some of those are just girls who get the night bus," she says. "Being on that list will follow them." #speaker:vcs
- -> partners

= partners
Mo points out that nobody from the businesses in the city centre is in the room: not the shopping centre, not the bus station, not the restaurants that stay open. "They're the ones who are actually there at night," he says. #speaker:early-help
# facilitator: Bringing in the businesses
# facilitator-minutes: 5
# facilitator-point: The shopping centre and the bus station shape the city centre at night more than any agency at the table.
# facilitator-point: The police’s worry about a live operation is real; so is the cost of planning without the people who are there.
# facilitator-finding: Contextual safeguarding asks partnerships to include those who shape a context, including businesses and other partners who are not traditional safeguarding agencies.
# facilitator-cite: Owens & Lloyd 2023, Contextual safeguarding and multi-agency approaches
# facilitator-ask: What could be shared with a night supervisor without putting Lantern at risk?
Fran is wary. Lantern is live, and every extra person who knows about it is a risk to it. #speaker:police
* [Invite the shopping centre's security manager and the bus station's night supervisor to join the assessment #where:context #how:ecological #domain:partnership #brings:business #brings:transport #why:It brings in the adults who shape the place at night, as partners in its conditions rather than as witnesses. #trust:+1]
    You ring Northgate and the bus company that afternoon. Sunil Mehra, who manages security at the centre, agrees at once. Dee Walsh, the bus station's night supervisor, is more careful. "Is this going to end with my staff getting blamed?" she asks. You tell her it is not. She agrees to come. Fran asks you to keep the operation's details out of anything you send them, which costs you an evening of rewriting.
* [Keep it to statutory agencies while the operation is live #unscored #anxiety:-1]
    You agree with Fran that, while Lantern is live, it is safer to keep the circle small. Mo writes "businesses: later" in his notebook and underlines it twice.
- -> scoping

=== scoping ===
The location assessment template has a question near the top that you read twice: what is it that draws young people to this place at all? #section:scoping
The guidance says a location assessment should hear from the young people who use a place, the people who work there and the professionals who know it, and should include the assessor's own observation at different times of day. It does not say what to do when there is only time for some of that. There is time for two more pieces of fieldwork before the team meets again. You will have to choose, and what you do not ask about, nobody will know.
-> hub

= hub
# facilitator: What the team finds out
# facilitator-minutes: 6
# facilitator-point: The control room by day, the shift change at six, the case files side by side, or the girls’ own map: two of these, not all.
# facilitator-point: Reading files together shows patterns no single file shows; asking the girls shows what they would change.
# facilitator-finding: A voluntary-sector partner in one site described asking who is on the ground and who knows the area, and building the work from those conversations.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: Which of these sources does your agency have a duty to consult, and which would it only use if somebody asked?
{hub == 2: There is time for one more.}
* [Spend a weekday afternoon in Northgate's control room with its security officers #unscored #learns:security-view]
    ~ found += security_view
    Sunil Mehra shows you Northgate's control room: forty screens, two officers on each shift and a log of every incident, kept by hand because the software keeps crashing. #scene:city-centre
    He has noticed the girls, and he has noticed the men. His officers move groups of young people away from the entrances after four o'clock, because the tenants complain that groups put shoppers off. "We've never been told they might be victims," he says. "We've been told they're a nuisance, and we're paid to deal with nuisance." #speaker:business
    The woman who runs the phone kiosk by the food court tells you that one man buys top-up vouchers for the girls, three or four at a time, most weeks. She has thought about it a lot. She never knew whom to tell, and she did not want to get the girls into trouble.
    By the end of the afternoon you have a list of eight people who work in the centre and see the girls most days. None of them has ever spoken to children's services. Two of the security officers ask if there is training. There is not.
    -> heard
* [Be at the bus station for the six o'clock shift change and talk to the night staff #unscored #learns:station-rule]
    ~ found += station_rule
    Dee Walsh meets you at the bus station at ten to six. The night shift is tired and talkative. #scene:city-centre
    They see everything: which girls come in alone and leave with somebody, which nights are bad, which man always sits by the toilets. One driver on the N11 once refused to let a girl off at a stop where a man was waiting who "looked wrong", and took her on to the depot and rang her children's home from there. He still doesn't know whether he was allowed to. #speaker:transport
    Dee says her staff are told to keep the station clear of "loitering" after midnight, which in practice means putting the girls out into the square. "Where there's nobody at all," she adds, and she says it as if she has only just heard herself say it. #speaker:transport
    The rule is the bus company's, not the law's. Dee could ask for it to change. Nobody has ever asked her to.
    -> heard
* [Read the girls' case files and return interviews side by side #unscored #learns:same-places]
    ~ found += same_places
    You spend a day with six case files, in a side office at children's services. #scene:room
    They are thick: missing episodes, return interviews, strategy meetings, placement moves. In each, the girl's behaviour is described carefully: "placing herself at risk", "associating with older males", "refusing to engage", "making unwise choices". In four of them the plan says the girl must stop going to the city centre.
    Almost nothing in the files describes the city centre itself: where the girls go, whom they meet, what draws them, who else is there. The place appears only as the thing the girls are told to avoid.
    Reading the return interviews one after another, you notice that three girls name the same all-night burger restaurant, the same stop on the N11 route and the same flats on Mercer Row. Nobody seems to have put the interviews side by side before. Each was read, and filed, in its own case.
    -> heard
* [Ask Tasha to run a mapping session with Amber and three other girls: where they feel safe and unsafe at night #unscored #learns:girls-map]
    ~ found += girls_map
    Tasha runs the session on a Thursday at her project, with pizza and a printed map of the city centre spread across two tables. Amber comes, with three other girls. Leah does not. #scene:girls-project
    The girls colour the map in. Green for where they feel safe, red for where they don't, and yellow for "depends who's there". #speaker:vcs
    The bus station is green until midnight and red after. The car-park stairs are yellow. Jo's burger restaurant is green, "because Jo". Northgate is red in the afternoons, because of the security officers, which surprises Tasha. Mercer Row is red, and nobody wants to talk about why.
    "If there was somewhere warm that didn't kick you out," Amber says, "half of us wouldn't go anywhere else." #speaker:young-person-2
    The girls' map is more accurate than anything on Lantern's wall, and it took an hour and a box of pizza.
    -> heard

= heard
{hub < 2: -> hub}
-> weighting

=== weighting ===
The assessment team meets again at the police station. #section:weighting #scene:room
You start with the Friday night. {found ? after_close: You describe the bus station emptying at half past twelve, the warm stairwell behind Northgate, and the two girls walking to Mercer Row at ten past one.|You describe the bus station at night, the burger restaurant's drawer of chargers, and the security officer who puts the girls out into the square at half past twelve.}
{found ? station_rule: You add what the bus company's night staff told you: an instruction to clear the station of young people after midnight, followed by officers who know which girls get collected and were never told they might be victims.}
{found ? security_view: Sunil's control room has seen the girls most afternoons for a year. His officers have been moving them on, as a nuisance, and a kiosk worker has watched one man buy their phone top-ups.}
{found ? same_places: The return interviews, read side by side, name the same three places: Jo's restaurant, a stop on the N11 route and the flats on Mercer Row.}
{found ? girls_map: Tasha puts the girls' map on the table: green until midnight, red after, and a plain request for somewhere warm that doesn't kick them out.}
{present_business: Sunil and Dee have come, which surprises Fran. Dee brings a list of dates and times her staff have written down over the past month, unprompted.|Nobody who works in the city centre at night is at the table. Mo reads out "businesses: later" from his notebook, and nobody laughs.}
~ found = ()
You lay what the team has learned against the assessment's three headings. First, the girls themselves: what they bring, including their loyalty to each other and their exact knowledge of who is dangerous. Second, guardianship: which adults with a caring intention are present at the times and places where the harm happens. Third, the place: its layout, its opening hours, its rules.
The second heading is the hardest to fill. By day there are hundreds of adults in the city centre. After midnight there are very few, and most of those have been told to move young people on.
# facilitator: Which context drives the harm
# facilitator-minutes: 6
# facilitator-point: The men, the city centre at night, or the girls’ own choices: each is partly true.
# facilitator-point: The answer decides who owns the plan: the police, the partnership, or each girl’s social worker.
# facilitator-finding: The pilots showed partnerships responding even to young people who were plainly victims with work on their own behaviour.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: If the men were arrested tomorrow, what about the city centre at night would still be the same?
The template asks which context most drives the harm, and so has to change first.
* [The men: take them out of the picture and the harm stops #where:context #how:behaviour #contested #why:It locates the harm in the place's adults but expects deterrence and arrest to change it, which many would call context work and others enforcement.]
    "The men," you say. "That's where the harm comes from." Fran agrees, hard. Callum agrees too, then adds: "And the next lot will find the same girls in the same places unless something else changes." #speaker:youth-work
* [The city centre at night: nowhere warm and safe to be, and nobody there who looks out for girls #where:context #how:ecological #domain:target #why:It names the conditions of the place after midnight, its rules and the absence of caring adults, as what must change.]
    "The city centre at night," you say. "Every safe place closes or moves them on, and the only adults who stay are the ones who want something from them. That's what the men rely on." #speaker:you
    Mo nods slowly. "We've never thought of the night-time economy as a safeguarding partner," he says. "It's always been an enforcement problem." #speaker:early-help
* [The girls' own choices: they keep going back #where:individual #how:behaviour #why:It puts the cause in each girl's decisions, so the response will be to change or constrain those decisions.]
    "In the end they keep going back," you say. "However many times we bring them home." #speaker:you
    Tasha shakes her head slightly. "They go back because it's the only place anyone's nice to them," she says. "That's the whole trick." #speaker:vcs
- -> goals

=== goals ===
You ask the team to agree a goal before anyone proposes a response. #section:goals
# facilitator: Agreeing a goal
# facilitator-minutes: 7
# facilitator-point: Lantern has targets, Early Help an outcomes framework, the girls’ project a funder: three measures before the panel chooses a fourth.
# facilitator-point: A goal of the girls no longer being in the city centre can be met by moving them.
# facilitator-finding: The authors observed that agencies were often assumed to share an approach, so the approach itself was rarely talked through.
# facilitator-cite: Owens & Lloyd 2023, Conclusion
# facilitator-ask: Which of these goals could your agency report against without changing anything it already does?
Fran is impatient with this, and says so: Lantern already has targets, and she does not want two sets. Mo says Early Help has its own outcomes framework, and Tasha's funder has a third. You point out that none of them describes the city centre. Whatever goal goes on the board now will decide what counts as success when the assessment is reviewed, and so, in the end, what the team does.
* [Goal: the girls identified are no longer in the city centre at night #where:individual #how:behaviour #goal #why:Success is measured by where each girl is, so the plan will work on moving or keeping girls away. #cost:says nothing about the next girls who arrive #benefit:clear, and can be counted every week #anxiety:-1]
    ~ goal = "away"
    It goes on the board. It is clear, and it can be counted every week. Fran says Lantern can report on it from the first Friday.
* [Goal: the city centre at night has adults in it who notice and act, and girls can be there safely; measured by asking the girls, the night staff and the businesses #where:context #how:ecological #goal #domain:measure #why:Success is measured by change in the place and its guardians, not only in the girls. #cost:hard to measure and slow to show #benefit:holds for any girl who comes into the centre, not only the six #trust:+1]
    ~ goal = "place"
    It goes on the board. Fran asks how anyone measures "adults who notice". {present_business: Dee says, "Ask my drivers in three months."|Callum says, "Ask the girls. They'll tell you exactly which ones notice."}
* [Goal: the men are identified and kept away from the girls #where:context #how:behaviour #goal #contested #why:It targets the adults who shape the place, but through detection and deterrence rather than its conditions. #cost:no measure of whether girls are safer when the men are replaced #benefit:shared with Lantern, so police time comes with it #trust:+1]
    ~ goal = "men"
    It goes on the board. Fran copies it into her own notebook, which you take as agreement. Tasha asks what happens when these men are gone and others arrive. Nobody writes that down.
- -> discussion

=== discussion ===
The next meeting is the one where the plan is made. #section:discussion #scene:room
Fran opens with an update from Lantern: one suspect identified, one short-let account closed by the booking website, two girls who have refused to make statements. The operation is going well by its own measures, and she says so, with relief. Then she hands over to you.
You read out the goal on the board and what the fieldwork found. It takes ten minutes. When you finish, there is the particular silence of a room in which everyone is waiting to find out which of the proposals already in their heads is going to win.
Gareth Pryce speaks first. He has been talking to Fran. #speaker:placements
"Three of the girls live in the two children's homes within a mile of Carver Street. I can find placements for all three outside the city in the next fortnight. Away from these men, in homes with good staff. It's not cheap and it's not what they'd choose. But I've been doing this a long time, and distance works." #speaker:placements #name-it:individual-behaviour
Leah is not one of the three. Her children's home is across the river, further out, and her keyworker argued her off Gareth's list at the last review.
Fran backs him. "It takes them out of harm's way while we build the case." #speaker:police
Tasha asks whether the law doesn't say that children in care should be placed near home, in their own area, where that can be done. #speaker:vcs
"Where it's reasonably practicable," Gareth says. "This is what not practicable looks like." #speaker:placements
-> relocation

= relocation
# facilitator: Moving the three girls
# facilitator-minutes: 10
# facilitator-point: Out-of-area placements take the girls away from these men within a fortnight; that relief is real.
# facilitator-point: The law expects children in care to be placed near home where reasonably practicable; the girls lose friends, school and trusted adults.
# facilitator-finding: One site’s location assessment recorded, as a strength, that exploited girls had been safeguarded by being moved out of the area.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: What would each agency here want if it were their own daughter, and does the answer change the plan?
# facilitator-ask: What happens to the city centre, and to the next girls there, after the move?
Tasha asks the room a question before anyone answers Gareth: what would each of them want if it were their own daughter? It is uncomfortable, and the answers are honest. Fran says: move her, tonight. Gareth says the same. Tasha says: ask her first. Callum says: it depends whom she trusts. Nobody changes their mind, but everyone hears the others say it. #speaker:vcs
* [Support moving the three girls to placements out of the area #where:individual #how:behaviour #adopt #agency:placements #key #pressure #why:It keeps each girl safe by changing where she is, one girl at a time, not by changing the place she is taken from. #cost:three girls far from their friends, schools and the adults they trust #benefit:the three are out of the men's reach within a fortnight #displacement:+2 #harm:-2 #risk:-1 #anxiety:-2 #trust:+1 #youth-trust:-2]
    ~ relocated = true
    The panel agrees. Gareth will start the searches today, and the room's breathing changes: for the first time in weeks, three of the names on Fran's wall have a date beside them. Tasha asks who will tell the girls, and whether they will be asked. Gareth says their social workers will explain. The minutes record that the three "will be safeguarded by being moved out of the area".
* [Keep the three girls in their homes, with safety plans written as what the adults around them will do #where:individual #how:ecological #adopt #agency:early-help #why:It works for each girl through the adults and relationships around her, not through where she is allowed to be. #cost:the girls stay within a mile of the men while the plans take hold #benefit:the girls keep their friends, schools and the staff who know them #youth-trust:+1 #anxiety:+1]
    "If we move them, the men will be at the bus station next week with three new girls," you say. "And these three will be a long way from anyone they trust. I'd rather the adults round them change what they do." #speaker:you
    Each plan is a page of lines beginning "Staff will" and "Callum will", not "She will". Writing them takes the rest of the morning. Gareth says he respects it, but he wants it minuted that placements were offered and the risk stays high. It is minuted, and Fran adds her name to the minute.
- -> enforcement

= enforcement
Fran has a proposal of her own. #speaker:police
"Lantern does the men. For the place, I want a dispersal authorisation round the bus station on Friday and Saturday nights through the winter. An inspector signs it, it lasts forty-eight hours, and officers can direct groups to leave the zone. The guidance doesn't like standing authorisations, so each weekend needs its own reasons written down, and we'll have them. Anything longer is the council's business, a Public Spaces Protection Order, and after last time nobody's consulting on one of those." #speaker:police #name-it:context-behaviour
# facilitator: Enforcement in the city centre
# facilitator-minutes: 6
# facilitator-point: A dispersal authorisation is for up to 48 hours at a time; renewed every weekend, it moved the girls on two summers ago.
# facilitator-point: Disrupting the men aims at the adults doing harm, and is still a deterrence method; leaving it to Lantern is also a choice.
# facilitator-finding: Disrupting adults who exploit acts on the context through deterrence rather than by changing its conditions; the paper describes such methods dominating where risk and police involvement were high.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: Where did the girls go last time the station area was a dispersal zone, and who found out?
"Or," she adds, "we put the effort into the men instead. Visits to the Mercer Row flats, warning notices, and the booking website asked to close the accounts." #speaker:police
* [Support weekend dispersal authorisations round the bus station #where:context #how:behaviour #adopt #agency:police #pressure #why:It acts on the place by moving groups of young people out of it, a sanction on where they may be rather than a change in its conditions. #cost:groups moved on into quieter streets with fewer adults #benefit:calls and complaints about the station fall within weeks #harm:-1 #displacement:+1 #welcome:-2 #risk:-1 #anxiety:-1 #trust:+1 #youth-trust:-1]
    The panel supports it. Fran will take it to the inspector on Friday. {present_business: Sunil says, a little too quickly, that the tenants will be glad. Dee says nothing, and writes something down.|Mo notes that the bus company will need to know, since it's their station.} Callum asks that his team be told where the zone ends, so that they can be standing just outside it.
* [Support police disruption of the men instead: visits to the flats, warning notices, the booking accounts closed #where:context #how:behaviour #adopt #agency:police #pressure #contested #why:It acts on the adults who exploit the place, but through sanction and deterrence; some would call removing them a change in the place's conditions. #cost:the men may simply move on to other flats and other girls #benefit:the men know they are watched, and risk falls this month #harm:-1 #risk:-1 #trust:+1 #anxiety:-1]
    The panel supports it. Fran has the visits planned by the afternoon. "The flats are the easy part," she says. "The website's slower, but they do answer in the end." Tasha asks that the girls hear about the visits from someone they know, before they hear about them from the men. Fran agrees to tell Callum first.
* [Leave enforcement to Lantern's own plan; the assessment adds none #unscored]
    "Lantern has its own plan for the men," you say. "The assessment doesn't need to add one." Fran shrugs: it was an offer, not a request. She goes on doing what Lantern was doing anyway.
- -> girls_project

= girls_project
Mo has a proposal that comes almost automatically. "We've got the mentoring contract. Every girl on the list gets a mentor: weekly sessions, goal setting, decision making. We refer nearly everything to them." #speaker:early-help #name-it:individual-behaviour
Tasha says two of the girls already have someone they talk to: one of her project workers, Nadia, whom they have known for a year. Nadia has no contract for it, and no spare hours. #speaker:vcs
Then she sets out what the project can offer, honestly. #speaker:vcs
"We run a drop-in for girls, Tuesdays and Thursdays, four till seven, in our building by the university. I'll be honest: that's our funding and those are our hours. We come with our own limits, like everyone else. A Friday night would mean new staff, a room, and someone paying for both." #speaker:vcs
# facilitator: Mentoring or a trusted worker
# facilitator-minutes: 7
# facilitator-point: Mentoring is already paid for; a named worker the girls already trust has no contract and no spare hours.
# facilitator-point: A Friday night session needs Early Help’s money and trust between agencies.
# facilitator-finding: The paper found over-reliance on mentoring in one site and none available in another, and a voluntary partner describing how services come with their own limits and end up reactive.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: What would it take to pay for a relationship rather than a programme?
# facilitator-ask: Which agency in your own area decides what is commissioned, and is it in this room?
Mo says plainly that Early Help can pay for one new thing this quarter, not two. The mentoring contract is already paid for. #speaker:early-help
* [Refer every girl on the list to mentoring #where:individual #how:behaviour #adopt #agency:early-help #service:mentoring #why:It works on each girl's goals and decisions, one session at a time, whatever the city centre is like at night. #cost:a month's wait, and a new adult each girl has not chosen #benefit:commissioned and paid for, with sessions every week #anxiety:-1]
    The referrals go that week. The mentoring service says it can start in a month. Mo is visibly relieved: it is something he can put in the minutes by Friday, and the contract will report on it without anyone chasing.
* [Ask Tasha's project for a named worker for each girl who wants one, starting with Nadia #where:individual #how:ecological #adopt #agency:vcs #why:It gives each girl a trusted adult she already knows, working through the relationship rather than her choices. #cost:Nadia's hours must be paid for, and Early Help must find the money #benefit:the girls get someone they already trust, this week #youth-trust:+1 #trust:-1]
    Tasha says yes, but only if someone pays for Nadia's hours, because her funder will not. Mo finds the money in a budget meant for something else, and says so, and it takes him the rest of the meeting and a call to his own manager. The mentoring contract goes unused this quarter, and somebody at the council will ask why.
* [Ask Tasha's project to run a Friday night session in the city centre, with Early Help paying for the hours #where:context #how:ecological #adopt #agency:vcs #needs-trust:5 #why:It puts caring adults and somewhere warm into the place at the hours the harm happens. #cost:about nine thousand pounds for three months, and weeks to set up #benefit:a warm room with adults in it, in the city centre, on the worst night #guardianship:+1 #welcome:+1 #trust:-1]
    Tasha looks at the others before she answers. "If Early Help covers the hours, and if Callum's team works alongside us, yes. Three months, then we see." Mo winces at the figure, then agrees to it. Finding a room takes three weeks. In the end Jo offers the function room upstairs at the burger restaurant, which nobody books on Fridays, and head office, for once, is asked.
- -> on_the_ground

= on_the_ground
Callum has a proposal. It is not a programme. #speaker:youth-work
"We ask who's on the ground and who knows the area, and we go and stand with them. Detached work on Friday and Saturday nights, at the bus station and on Carver Street. And we train the people who are already there at night: the bus company's night staff, Northgate's security officers, Jo at the burger place. What to look for, whom to ring, and that the girls are children, not a nuisance." #speaker:youth-work #name-it:context-ecological
# facilitator: People on the ground at night
# facilitator-minutes: 8
# facilitator-point: Detached work and training night staff add adults who notice; clearing groups after midnight puts the girls back into the square.
# facilitator-point: Letting young people wait inside until the last bus changes a rule of the place, and needs the bus company’s agreement.
# facilitator-finding: In one site, detached youth work helped without ending anti-social behaviour; workers tried to become part of the street’s everyday life and so change the rules at play.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: Who is responsible for a fifteen-year-old in the bus station at one in the morning right now?
# facilitator-ask: What would the security officer need to ring a youth worker instead of asking the girl to leave?
Fran adds that the bus station's manager has written to her: whatever else the panel agrees, the clearing after midnight must go on. #speaker:police
{present_business:
    Sunil says his tenants will still want groups kept away from the entrances. "I can't tell them we've stopped." #speaker:business
}
* [Agree detached youth work at night and training for the people who work there #where:context #how:ecological #adopt #agency:youth-work #key #service:detached-youth-work #domain:target #domain:partnership #why:It changes who is present and what they do in the place at night, adding guardians rather than removing girls. #cost:slow to show, and complaints about the station will not fall this winter #benefit:more adults at night who know the girls are children and whom to ring #guardianship:+2 #welcome:+1 #youth-trust:+1]
    The panel agrees. #map:night-staff
    {present_business: Dee says her staff will do the training in their own time if they have to. Sunil offers the control room for it, but says the tenants will keep complaining for a while, and he will have to answer them.|Mo says he will ring the bus company and Northgate, though neither is at the table, and neither owes the panel anything. It will be weeks before anyone is trained.}
* [Agree detached work, and ask security to keep clearing groups from the station and the mall after midnight #where:context #how:behaviour #adopt #agency:police #pressure #why:The detached work adds guardians, but the adopted part moves groups of young people out of the place, which is behaviour-based. #cost:youth workers build trust with girls whom security then puts out into the street #benefit:the station is clear by one, and tenants and passengers stop complaining #guardianship:+1 #welcome:-2 #displacement:+1 #harm:-1 #anxiety:-1 #trust:+1]
    The panel agrees both. The station manager will be pleased; so will Northgate's tenants, whose complaints have been arriving weekly. Callum points out that his workers will be building trust with girls whom security then puts out into the square. Nobody has an answer, and the minutes record both actions on the same line.
* [Agree detached work, and ask the bus company to let young people wait inside until the last bus, with its night staff trained in whom to ring #where:context #how:ecological #adopt #agency:transport #needs-known:station-rule #needs:transport #service:detached-youth-work #domain:partnership #why:It changes an institution's rule so that the warmest place in the centre keeps girls in sight of adults who care. #cost:the bus company's insurers and managers must agree, and it will take months #benefit:the girls stay somewhere lit and staffed until the last bus #guardianship:+2 #welcome:+2 #youth-trust:+1 #trust:-1]
    Dee says she will take it to her regional manager, and that she expects a long conversation about insurance and who is responsible for a fifteen-year-old at one in the morning. "We already are," she says. "We just pretend we're not by putting her outside." #speaker:transport
    It takes six weeks of emails. In the end the instruction on the night sheet changes: young people waiting for a departure may stay inside until the last bus, and staff, trained by Callum's team in their own time, ring that team rather than the police if they are worried.
- -> pressure

=== pressure ===
Eleven days later, Leah goes missing. #section:pressure #risk:+2 #anxiety:+2
She is found two nights later in a flat in another city, with a man Operation Lantern has been trying to identify for months. She is physically unhurt. She will not say how she got there.
The emergency meeting is at the police station. Fran has not slept. Gareth has a placement for Leah two hundred miles away, available tomorrow. Fran wants a warning notice served on the man tonight. #scene:room
Leah is back in her children's home, asleep. Her keyworker, who has known her for a year, has emailed to say that Leah cried when she saw the home's front door, and that she does not think Leah would cope with another move. Gareth has read the email. So has Fran. Neither mentions it at first.
Amber has been texting Callum all day, asking whether Leah is in trouble.
{anxiety >= 7: The room wants something done today. Gareth's placement is the only concrete offer on the table, and it is being argued for hard.|The room is shaken. People want to act, but they are waiting to hear what you think.}
-> decide

= decide
# facilitator: Leah is found
# facilitator-minutes: 10
# facilitator-point: A placement two hundred miles away is on the table for tomorrow; her keyworker says another move would break her.
# facilitator-point: A strategy meeting and section 47 enquiry keep her near people she trusts at real cost; a Child Abduction Warning Notice needs the man’s identity and is aimed at him.
# facilitator-finding: The authors argue that high anxiety can lead partnerships to defensive, behaviour-based responses, and that the agencies seen as expert outside the home then shape the plan.
# facilitator-cite: Owens & Lloyd 2023, Discussion: Extra-familial harm
# facilitator-ask: Which option is for Leah, and which is for the partnership’s peace of mind, and can it be both?
# facilitator-ask: What would Amber, her friend, see happen under each option?
* [Move Leah to the placement two hundred miles away, tomorrow #where:individual #how:behaviour #adopt #agency:placements #pressure #why:It protects Leah by changing where she is, and leaves the place and the man as they were. #cost:Leah leaves her keyworker of a year and her best friend overnight #benefit:Leah is out of the man's reach from tomorrow #displacement:+1 #risk:-1 #anxiety:-2 #trust:+1 #youth-trust:-2]
    ~ leah_moved = true
    Leah is moved the next morning. Her social worker drives her. She does not say goodbye to Amber, because nobody told Amber in time. The new home rings on the third day: Leah is eating, sleeping, and has not gone missing. Fran says the distance buys her weeks to build the case, and for the first time in a fortnight there is nothing new on the whiteboard under Leah's name.
* [Hold a strategy meeting for Leah as a child at risk of significant harm: keep her near the people she trusts, with more adults round her, while Lantern pursues the man #where:individual #how:ecological #adopt #agency:early-help #domain:welfare #why:It mobilises the adults and services around Leah under child-protection procedures, rather than moving her. #cost:the man is still free and Leah is still within reach of him this week #benefit:Leah stays with her keyworker and friends, and the adults around her are in one plan #youth-trust:+1 #anxiety:+1]
    You hold the strategy meeting that afternoon, with the home's manager, Leah's social worker, Fran and the school nurse, and agree a section 47 enquiry. Leah stays in her home, with a waking member of staff at night and Callum visiting twice a week.
    The man is not arrested: Lantern still has nothing it can charge. He is seen twice at the end of the home's road, and twice the staff ring the police, and twice he has gone before officers arrive. The extra night staff cost the home two thousand pounds a week, and Gareth says nobody has agreed to pay it beyond the end of the month. Leah has not gone missing again, yet.
* [Serve a Child Abduction Warning Notice on the man, and keep Leah at home #where:context #how:behaviour #adopt #agency:police #pressure #contested #why:It acts on an adult who exploits the place through a legal warning, deterrence rather than a change in conditions, though some read it as guardianship. #cost:Leah hears it from him first, and it can push her closer to him #benefit:a legal line the man cannot say he did not know about, served tonight #harm:-1 #risk:-1 #trust:+1 #anxiety:-1 #youth-trust:-1]
    Fran serves the notice that evening: a letter saying that Leah is fifteen and in the care of the local authority, that he has no permission to be with her, and that if he is found with her again he cannot say he did not know. It costs an officer's evening. The man stays away from the home.
    Leah hears about it from him before she hears about it from anyone else: he tells her the police are trying to keep them apart. She does not speak to the staff for four days. On the fifth, she asks her keyworker whether it is true that he is not allowed near her, and seems, the keyworker says, almost relieved.
* [Hold a strategy meeting about the group and the three places the girls named, not only about Leah #where:context #how:ecological #adopt #agency:early-help #needs-known:same-places #domain:target #domain:welfare #why:It is a level 2, contextual response: a plan for a place and a peer group, mobilising the adults who shape them. #cost:slower, and Leah's own plan is thinner this week #benefit:every girl who uses the restaurant, the stop and the flats is covered, not only Leah #guardianship:+1 #harm:0 #anxiety:+1 #youth-trust:+1]
    You hold two meetings that week instead of one. The first, about Leah, is short: she stays at home with a waking member of staff at night. The second is about Jo's restaurant, the N11 stop and the Mercer Row flats, and about every girl who uses them. Jo agrees to ring Callum's team when the same men come in. The council's private-housing team agrees to look at whether the flats are being let lawfully, which will take months.
    It is a lot of meeting for one week. Fran attends both and says, not unkindly, that Lantern would have liked a decision about Leah by lunchtime.
* [Ask the room to pause before deciding anything about Leah #unscored #pause]
    "We are all exhausted," you say, "and we're about to decide the whole of a fifteen-year-old's life. Let's take ten minutes and ask what she would say if she were here." #speaker:you
    Tasha says Leah would say she wants to stay near Amber. Gareth says that is exactly the problem. Fran says nothing for a long time, then: "The last girl we moved away was back in three weeks." #speaker:police
    -> decide
- -> lead

=== lead ===
Fran asks, reasonably, who is leading the plan now: Lantern or the assessment. #section:plan
# facilitator: Who leads the plan
# facilitator-minutes: 6
# facilitator-point: Whoever leads decides where meetings happen and whose questions survive a short agenda.
# facilitator-point: The operation has the resources; the partnership has the remit for welfare.
# facilitator-finding: Welfare agencies’ historical distance from harm outside the home seemed to give most influence, in high-risk cases, to the police and community safety.
# facilitator-cite: Owens & Lloyd 2023, Discussion: Extra-familial harm
# facilitator-ask: What would change about the next meeting under each lead, starting with the room it is held in?
It is not a small question. Whoever leads decides where the meetings happen, whose updates come first, and which questions get asked when time runs short. Since the first meeting, the assessment has met in a police briefing room under a whiteboard headed with the operation's name. Callum points this out, mildly, and Fran laughs, because she had not noticed either.
* [Operation Lantern leads: the risk is too high for anything else #where:context #how:behaviour #contested #why:Putting the plan inside a police operation makes detection and enforcement the frame for the place, though police can lead welfare work too. #anxiety:-1 #trust:+1]
    The plan becomes part of the operation's action log. Meetings move to Lantern's weekly briefing, and they are shorter and better minuted than yours were. The assessment's questions about the place are carried forward "for later".
* [The safeguarding partnership leads, with the operation feeding in #where:context #how:ecological #domain:welfare #domain:partnership #why:It brings the place into child-protection and welfare arrangements, with the operation as one contributor. #trust:+1 #anxiety:+1]
    You keep the chair and move the meetings to the children's services building. Fran agrees to bring Lantern's updates to the assessment, rather than the other way round. "It'll be a first," she says. It also means you now answer for the plan when something goes wrong.
- -> first_timeskip

=== first_timeskip ===
# facilitator: Two months on
# facilitator-minutes: 4
# facilitator-point: What the plan adopted now acts on the city centre; harm that was moved can come back.
# facilitator-point: Ask each table to predict what its own agency will report.
# facilitator-finding: New, creative work in one site was fragile and was overshadowed by the later relocation of the girls most at risk.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: Who would notice first if the girls stopped coming to the bus station, and what would they make of it?
Two months later. #timeskip:Two months later #section:timeskip #scene:city-centre
The clocks have gone back. Carver Street is dark by half past four, and the bus station is the brightest place in the city centre.
Two months is not long in the life of a city centre. The shops are the same, the buses are the same, and most of the people who work nights are the same. What the team can report is mostly what small numbers of people now do differently, and what has happened to the girls the panel knew.
{relocated: The three girls from the homes near Carver Street have been moved out of the area. Two have run back at least once, and been returned. The third is settled, and says she hates it. Their names are off Fran's wall.}
{leah_moved: Leah is in her placement two hundred miles away. She has not gone missing. She has not spoken to Amber either.}
{
- outcome_place == "watched-over":
    The city centre at night is different in small ways that add up. Callum's team is at the bus station every Friday and Saturday. The night staff know the girls' names and whom to ring.
- outcome_place == "quiet-but-displaced":
    The bus station is quieter, and the complaints have nearly stopped. The girls the panel knew are mostly gone from it. But Callum has started seeing younger girls, thirteen and fourteen, on the car-park stairs, and some of the same men.
- else:
    The city centre looks much as it did. Some things have helped: Callum's team on Friday nights, a few conversations. But whatever has changed has not yet reached most of the people who work nights, and most nights someone still puts the girls out into the square after midnight.
}
{
- outcome_young_people == "connected":
    Amber talks to Callum's team most weekends. {leah_moved: Leah rings Callum sometimes from her placement, late at night.|Leah talks to Callum most weeks. She has told him the name of a second man.}
- outcome_young_people == "out-of-sight":
    Nobody on the panel is quite sure where most of the girls are at night now. They have stopped coming to the bus station. Callum says that is not the same thing as being safe.
- else:
    Some of the girls are closer to adults who can help than they were. Others have drifted further away.
}
{
- outcome_partnership == "trusting":
    The partnership is closer than it has been in years. People ring each other between meetings instead of saving things up for them, and Fran says she has never had so many calls returned. {present_business: Dee and Sunil come to every meeting.}
- outcome_partnership == "reporting":
    The meetings continue. Each agency reports its numbers. The questions about the place are still on the agenda, usually as the last item.
- else:
    The partnership has fractured. Tasha's project has withdrawn, saying it was never asked what it thought. Callum is the only non-statutory worker who still comes.
}
-> review

=== review ===
The assessment has to be written up. You have the draft in front of you. #section:review #scene:room
The template is the one the partnership has used for two years. Its sections are headed "concerns", "strengths", "actions" and "review date". There is no heading for what the partnership itself did, or for how its approach changed along the way.
{goal == "away": The goal on the board was that the girls identified would no longer be in the city centre at night. {relocated || leah_moved: By that measure, the plan has worked for the girls who were moved.|Nobody was moved. By that measure, the plan has not met its goal, whatever else it has done.}}
{goal == "place": The goal on the board was a city centre with adults in it who notice and act, measured by asking the girls, the night staff and the businesses. {outcome_place == "watched-over": There is something to measure: Callum has the names of night staff who have rung his team.|There is less to measure than anyone hoped: most of the people who work nights are doing what they did before.}}
{goal == "men": The goal on the board was that the men would be identified and kept away from the girls. Lantern can report the men it has identified and where each one stands. Nothing in the goal says whether the next men will find the same girls in the same places.}
# facilitator: Writing up the strengths
# facilitator-minutes: 7
# facilitator-point: The template has no heading for how the partnership’s own approach changed.
# facilitator-point: What is written here is what the next panel will read as having worked.
# facilitator-finding: In one site, the shift from changing the environment to relocating young people happened without any apparent account of the shift within the partnership.
# facilitator-cite: Owens & Lloyd 2023, Implications for contextual safeguarding
# facilitator-ask: What would your own agency’s review template let you write about how the partnership worked?
The "strengths" section is empty, and everyone is waiting for you to fill it in.
{relocated || leah_moved: -> with_moves | -> without_moves}

= with_moves
* [Write {relocated: the moves|Leah's move} out of the area as the main strength: {relocated: the girls are|Leah is} no longer in the city centre #where:individual #how:behaviour #why:It counts safety as where each girl now is, which is what the moves changed. #anxiety:-1 #trust:+1]
    You write it. It is true, as far as it goes, and Fran and Gareth can both sign it. {relocated: The assessment says that the girls who were moved have been "safeguarded by being moved", and are no longer in the city centre.|The assessment says that Leah has been "safeguarded by being moved", and is no longer in the city centre.} Nobody in the room says that the plan's direction changed halfway through.
* [Record plainly that part of the plan moved from changing the place to moving {relocated: girls|Leah}, and ask what each did #where:context #how:ecological #domain:measure #why:It measures the partnership's own change of direction and the place's, not only where the girls are. #trust:-1]
    ~ wrote_shift = true
    You write a paragraph nobody asked for: that the assessment set out to change the city centre, that part of the response became moving {relocated: girls|a girl} away from it, and that the panel needs to know what both did, to the girls and to the place. Gareth reads it twice. "Fair," he says. "Put the placement outcomes in as well. The bad ones too." Fran says it makes the operation look indecisive, and asks for a line saying {relocated: the moves were|the move was} agreed unanimously. #speaker:placements
- -> second_timeskip

= without_moves
* [Write up what Lantern achieved, and that no girl had to be moved, as the main strength #where:context #how:behaviour #why:It counts success as action against the men and trouble kept down, both products of enforcement. #anxiety:-1 #trust:+1]
    You write it: men identified, the operation's targets met, no girl moved. Fran signs it at once. It is the first assessment she has read that praises the operation, and she says so. The detached work appears as a line under "actions".
* [Write up what the people on the ground now do differently, and ask them to keep doing it #where:context #how:ecological #domain:partnership #domain:measure #why:It measures change in the place's guardians, and treats them as partners to keep, not witnesses to thank. #trust:-1]
    {outcome_place == "watched-over": The strengths section becomes a list of people: the night staff who have rung Callum's team, Callum's workers, and Jo, who was doing it before anyone asked. You send each of them a copy.|The list is short: Callum's team, and Jo. Few of the other people who work nights are doing anything different yet, and the template makes that plain.} Fran says it reads like a thank-you letter, and asks where the operation's results have gone.
- -> second_timeskip

=== second_timeskip ===
# facilitator: A year later
# facilitator-minutes: 5
# facilitator-point: The ending follows from what the plan did to the city centre and to the partnership.
# facilitator-point: Compare it with the goal on the board.
# facilitator-finding: An Early Help manager in one site spoke of moments of creativity, “few and far between”, and conversations that would not have happened before.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: Which conversation in this partnership would not have happened a year ago, and is it worth keeping?
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
Operation Lantern closed with two convictions. {leah_moved: Leah gave evidence in the end, by video link from a town two hundred miles away, with Callum on the phone before and after. She is sixteen now and has asked to come back to the city.|Leah gave evidence in the end, by video link, with Callum in the room. She is sixteen now and lives in supported accommodation on the other side of the city.} Amber still comes into the centre on Fridays. She knows which of the night staff she can wait beside.
{outcome_place == "watched-over": The night staff have their own name for the training: "the talk". Every new driver gets it, and the night staff ring Callum's team now before they put anyone out into the square.|Callum's team is still out on Friday and Saturday nights, and the girls know where to find them.} Jo still keeps a drawer of chargers, and head office still doesn't know.
Complaints about the bus station are down, but not gone, and the partnership paid for a year of work it could not be sure had made the difference. Mo says that was never really the point. The partnership now starts every location assessment with the question of who is on the ground.
Fran, who has moved to another team, rang you last month to ask how it had been done. You told her the truth: it was slow, it cost money nobody had budgeted, it relied on people nobody had thought of as partners, and nobody could be sure which part mattered. She said that was the least satisfying answer she had ever been given, and asked if you would explain it to her new boss.
-> END

= ending_moved_on
It is a Friday night in November, and the bus station is quiet. #ending:moved-on
For most of the year, the plan looked like it was working. Calls fell. The girls the panel knew were no longer in the city centre, and Lantern's wall emptied name by name. The assessment on file records that the core group was safeguarded.
{relocated: The three girls who were moved are scattered across three local authorities. Two came back and were moved again. One, according to her new social worker, is now known to the police in the town she was sent to; her file says she "continues to place herself at risk".}
{leah_moved: Leah went missing from her placement in March and has been found twice since, each time further from the city.|Leah is still in the city. She no longer comes to the bus station, and nobody on the panel knows where she spends Friday nights.}
Operation Lantern closed with one conviction. Fran says that, looking back, the city centre never became a hostile place for the men, only an empty one for the girls. Callum still sees new girls on the car-park stairs, younger than before.
Tasha sends you an article about a city fifty miles away that has started seeing "new" girls from out of the area at its bus station. She does not add a comment. She does not need to.
-> END

= ending_both
It is a Friday night in November, and the city centre is neither safe nor lost. #ending:mixed
Some of what the panel did has lasted. Callum's team is still out on Friday nights. {outcome_place == "watched-over": Some of the night staff know what to look for and whom to ring.} Some of the girls are closer to adults they trust than they were a year ago.
Some of it has not. {relocated: Two of the girls who were moved away have not settled.|Two of the girls the panel knew have drifted out of touch.} Northgate's security contract changed hands, and nobody told the new firm about the assessment. {relocated || leah_moved: {wrote_shift: The assessment is filed with your paragraph about the change of direction in it. It is the part of the document people skip.|The assessment is filed with its strengths section listing the detached work and the moves side by side, as if they were the same kind of thing.}|The assessment is filed, and its strengths section is shorter than anyone hoped.}
At the last meeting Mo said he thought the partnership had done a really good piece of work. There had been "moments of creativity", he said, but they had been "few and far between". Nobody disagreed.
Driving home, you think about the strengths section again. {relocated || leah_moved: Both kinds of thing in it were done to keep girls safe. One changed the city centre; the other removed {relocated: girls|Leah} from it. The template had no way to tell the difference, and for most of the year neither did the panel.{wrote_shift: You wrote the difference down in the end. Whether anyone reads it is another question.}|Everything in it was done to keep girls safe, and some of it changed the city centre. The template had no way to say which part, and for most of the year neither did the panel.}
-> END
