# title: The Shelter
# summary: Neighbours want the shelter in Pellow Park taken out. The young people who gather there are at risk from older men in cars. Your panel decides what happens next.
# themes: child sexual and criminal exploitation (not described in detail), drug use, anti-social behaviour complaints, tension between residents and young people
# minutes: 20 to 30
# site: C
# setting: A multi-agency panel in a council meeting room, and a park at night
# place: park
# order: 1
# start: risk 6, anxiety 5, trust 5, youth-trust 3, time 90, guardianship 2, welcome 3, pull 7, harm 6, displacement 1
# present: police, community-safety, youth-work, vcs, school
# commissioned: clear-choices, detached-youth-work
# cast: you = You, safeguarding manager and chair of the panel
# cast: police = Inspector Gail Mercer, neighbourhood policing
# cast: community-safety = Dev Rana, community safety officer, the council
# cast: youth-work = Kez Adebayo, detached youth work lead
# cast: vcs = Lorna Pike, coordinator of the Clear Choices programme
# cast: school = Anita Shore, designated safeguarding lead, Tanners High
# cast: councillor = Councillor Maureen Doyle, ward councillor for Tanners
# cast: resident = Pat Quinlan, Pellow Road residents' association
# cast: young-person = Shay, 16, who spends most evenings at the shelter
# cast: young-person-2 = Remi, 15, Shay's friend
# research: In the site this scenario draws on, neighbours complained about young people at a park shelter and asked for it to be removed. The safeguarding manager leading the work argued against removal. Through the multi-agency panel, the ward councillor agreed to use ward funds to move the shelter into the middle of the park, away from the houses. The authors read this as widening the partnership to councillors and residents, who were encouraged to look on the young people with care rather than fear.
# research: The same site also ran a one-to-one programme about young people's decisions on drugs and weapons. Its aim was behaviour change, and the people leading the work did not seem to notice that it pulled in a different direction from the work with residents. Yet because the youth workers who delivered it spent long hours in the park, brought Wi-Fi and got to know the young people, it may have changed the "rules at play" anyway.
# research: Across all five sites, the authors found that panels often chose the right place to act (a park, a school) while keeping a behaviour-based method (moving, correcting or educating the young people in it). They argue that panels need to notice both questions: where a response acts, and how.
# cite: Owens & Lloyd 2023, Findings: "Safeguarding practice targeting the social conditions"
# cite: Owens & Lloyd 2023, Implications for contextual safeguarding
# cite: Owens & Lloyd 2023, Competing epistemological positions

VAR anxiety = 5

VAR present_councillor = 0
VAR outcome_young_people = "mixed"
VAR outcome_place = "unsettled"
VAR outcome_partnership = "reporting"
VAR heard_young_people = false
VAR shelter = "standing"
VAR dispersal = false
VAR detached_work = false
VAR clear_choices = "none"
VAR paused = false
VAR resident_meeting = false
VAR sources_heard = 0

-> referral

=== referral ===
Tuesday, ten o'clock. Committee Room 2 at the civic centre smells of instant coffee and radiators. #section:referral #scene:room
Eight people sit around a table built for twelve. You chair the extra-familial harm panel, which the council set up this year to look at places and groups, not just single children. This is the third referral it has taken.
Dev Rana from community safety has put the referral on the screen. It came in through the anti-social behaviour route, so it reads like a list of nuisances. #speaker:community-safety
"Pellow Park, the shelter by the back fences of Pellow Road. Fourteen calls to us or the police in eight weeks. Noise after eleven, a smell of cannabis, a fence panel kicked in, bottles in gardens. There's a petition with sixty-one names asking for the shelter to come out." #speaker:community-safety
Inspector Gail Mercer adds what the complaints leave out. #speaker:police
"Two Fridays ago my officers found a fourteen-year-old girl at the shelter at one in the morning, very drunk, on her own. We got her home. There have also been sightings of two or three older males in cars at the lane end, talking to the kids. We think some of them are being given cannabis to pass on, and possibly more than that for the girls. I want to be careful what I say, but I'm worried." #speaker:police
Lorna Pike, who runs a voluntary-sector programme called Clear Choices, says her team already has funding for twelve places this term for young people "at risk of weapons or drugs". #speaker:vcs
Kez Adebayo from the detached youth work team has been quiet. "We know some of these young people," Kez says. "Not all of them. We haven't been down to Pellow since the youth centre shut. There was no one to cover it." #speaker:youth-work
The panel's terms of reference sit on the table in front of you. They were rewritten in the spring to say that the panel exists to keep young people safe from harm outside the home, and to change the places where that harm happens. The old wording, about tackling anti-social behaviour, is still in the header.
Everyone waits for you to say how the panel will treat this referral.
* [Treat it as a safeguarding concern: young people are being harmed in this park #where:context #how:ecological #domain:welfare #trust:+1]
    "Before we go any further," you say, "I want us to be clear what this is. The complaints are real, and we'll come back to them. But what Gail describes is young people being targeted by adults in a place where nobody is looking out for them. That's a safeguarding matter first." #speaker:you
    Dev nods slowly. Gail looks relieved, if anything. "Good," she says. "I'd rather it was everyone's problem than just mine." #speaker:police
    -> referral.councillor
* [Start from the complaints: the nuisance is what brought this to the panel #where:context #how:behaviour #anxiety:-1]
    "Let's start where the referral starts," you say. "Residents are fed up, the calls are going up, and we need to show we've heard them. If we can calm things down in the park, we'll have room to deal with the rest." #speaker:you
    Dev looks pleased to be on firm ground. Kez writes something down and doesn't look up. #speaker:community-safety
    -> referral.councillor
* [Ask for the names of every young person seen at the shelter, so each can be assessed #where:individual #how:behaviour #youth-trust:-1]
    "I'd like a list," you say. "Every young person who's been seen at the shelter, with dates. Then each of them gets a check against our systems and we can see who's known." #speaker:you
    Gail says she can get you nine names by the end of the day. Kez frowns. "Some of those will just be kids who were there when a car pulled up," Kez says. "Being on a list is its own thing." #speaker:youth-work
    -> referral.councillor

= councillor
The shelter sits on council land, and the ward councillor, Maureen Doyle, has been forwarding residents' emails to everyone on this panel. She isn't a member. Her emails say she wants "a swift and visible response".
* [Invite Councillor Doyle to the next meeting, and go to see her first #where:context #how:ecological #domain:partnership #brings:councillor #time:-10 #trust:+1]
    You ring her that afternoon. She is guarded at first; she has had panels before that talked for months. You ask her what she has heard from residents, and then you tell her what Gail told you about the cars. There is a long pause. "I didn't know that," she says. "Nobody said that." She agrees to come to the next meeting.
    -> scoping
* [Keep the panel to professionals and send the councillor a short written update #where:context #how:behaviour #anxiety:-1]
    You draft a careful paragraph for the councillor: the panel is aware, is assessing the situation, and will update her in due course. It keeps sensitive information inside the room. It also keeps her outside it.
    -> scoping

=== scoping ===
Before the panel decides what to do, it needs to understand the place. Someone has brought a location assessment template; one of its first questions asks what draws young people to be in this place at all. #section:scoping
Between now and the next meeting, in three weeks, the team has time for two pieces of work. Which two?
-> hub

= hub
{sources_heard == 1: There is time for one more.}
* [Talk with the young people at the shelter, with the youth workers #where:context #how:ecological #youth-trust:+1] -> young_people(-> heard)
* [Hold a residents' meeting on Pellow Road #where:context #how:ecological #domain:partnership] -> residents(-> heard)
* [Ask the police for an intelligence briefing on the young people named #where:individual #how:behaviour #anxiety:+1] -> intelligence(-> heard)
* [Visit the park at night, at the times of the complaints #where:context #how:ecological #domain:measure] -> night_visit(-> heard)
* [Ask Tanners High which of its pupils it is worried about #where:individual #how:behaviour] -> school(-> heard)

= heard
~ sources_heard += 1
{sources_heard < 2: -> hub}
-> weighting

= young_people(-> next)
~ heard_young_people = true
Kez takes you down on a Thursday at half past seven. It is drizzling. There are six of them under the shelter roof, hoods up, sharing a phone charger plugged into a battery pack. #scene:park
Kez knows two of them by name. The others take a while. Shay, sixteen, does most of the talking. #speaker:young-person
"Where else are we meant to go? The centre's shut. The shopping precinct has security that moves you on in five minutes. This is dry. The café on the corner used to leave the Wi-Fi on, and you can still get it if you sit on the left side." #speaker:young-person #map:wifi
You ask about the people in the cars. The group goes quiet. Remi, fifteen, says they're "just older lads, they give people lifts". Shay looks at her and changes the subject. #speaker:young-person-2
When you ask what would make the park better, the answers come quickly. Lights that work. Somewhere to sit that isn't right by people's gardens. "Someone who isn't going to ring the police every time we laugh," Shay says. "The woman at number twelve does it every night. Then they come and take our names." #speaker:young-person
Walking back to the car, Kez says: "They'd never have said any of that to a letter." #speaker:youth-work
-> next

= residents(-> next)
Sixteen people come to the residents' meeting in the church hall on Pellow Road. Pat Quinlan, who chairs the residents' association, has brought the petition. #scene:park
"We're not monsters," Pat says. "Some of us have lived here forty years. But it's every night. You can't open a window. My neighbour's got a new baby and she's frightened to walk past them. Take the shelter out and they'll go somewhere else. That's all we're asking." #speaker:resident
A man near the back, who drove buses for thirty years, says he talks to the lads sometimes and they're "all right, mostly". He's worried about the cars, not the kids. A few people murmur. Someone says the cars are only there because the kids are.
When you mention that some of the young people may be being exploited, the room changes. A woman asks, quietly, whether there is anything residents could do. Pat folds her arms, but she doesn't argue. #speaker:resident
-> next

= intelligence(-> next)
Gail sends over a briefing: nine names, with ages, schools and any police contact. #scene:room
Three have had dealings with the police before: one for possession, one for shoplifting, one for a fight outside the precinct. Two are girls who have been reported missing overnight in the past year. One car registration keeps coming up; it belongs to a man of twenty-four with previous convictions for supplying drugs.
The briefing is thorough. It tells you a lot about the nine young people and almost nothing about the park: why they are there, who else is there, what happens at the lane end. #speaker:police
Reading it, you notice the language. Young people "associating with" one another. A girl "placing herself at risk". The names start to feel like a group with a label attached.
-> next

= night_visit(-> next)
You go with Kez and a community safety officer on a Friday, from nine until midnight. #scene:park
The shelter is at the bottom edge of the park, about ten metres from the back fences of Pellow Road. Two of the three lamps on the path are broken. From the houses, you can hear every word said under the roof. From the road, you can't see the shelter at all. #speaker:community-safety
By ten there are eleven young people. Around half past ten a car pulls into the lane end and sits with its engine running. Two of the boys walk over, talk at the window, and walk back. Nobody under the shelter looks happy about it.
Nothing else happens. By midnight most of them have gone home. What you have seen is a dark corner of a park that is right under people's windows and out of sight of everyone else, with nowhere else nearby that is warm, dry or free.
-> next

= school(-> next)
Anita Shore, the designated safeguarding lead at Tanners High, rings you back within the hour. #speaker:school
"I can give you five names I'm worried about. Two of the girls have been missing afternoons since half-term, and one came in last week with a new phone she won't talk about. The boys, I'd say, are more of a behaviour issue. We've had them in isolation a fair bit." #speaker:school
She adds that the school runs a session on "making safe choices" in Year 10 personal development lessons, and she'd be glad to run it again. #speaker:school
When you ask what she knows about the park, she says she's never been. "It's not really ours, is it? It's off site." #speaker:school
-> next

=== weighting ===
Three weeks later, the panel meets again. #section:weighting #scene:room
{present_councillor: Councillor Doyle is there, sitting next to Dev, with a folder of residents' emails.}
{heard_young_people: You tell the panel what the young people said about the centre closing, the security at the precinct and the Wi-Fi from the café.|Nobody on the panel has yet heard from the young people directly. Kez points this out, mildly. "We're deciding about them without them," Kez says.} #speaker:youth-work
You put the question the location assessment asks next: of everything the panel now knows, which context has the most influence on the harm, and so has to change first?
* [The adults in the cars, who are targeting the group #where:context #how:behaviour #domain:welfare]
    "The men in the cars," you say. "Everything else is background. If they weren't there, this would be a noise complaint." #speaker:you
    Gail agrees at once. Kez agrees too, up to a point. "They're there because the kids are there and nobody else is," Kez says. "Take the cars away and someone else turns up." #speaker:youth-work
* [The shelter itself: hidden, badly lit, and right under people's windows #where:context #how:ecological #domain:target]
    "The shelter's in the worst place it could be," you say. "Hidden from the road, so no one passing can see what's happening. Right under the houses, so every laugh turns into a complaint. It makes the young people invisible to anyone who might help, and impossible to ignore for everyone who won't." #speaker:you
    Dev, who has the park plans, says the shelter was put there twenty years ago because that was where the drains were.
* [The young people's own choices about where they go and who they talk to #where:individual #how:behaviour #youth-trust:-1]
    "In the end," you say, "these young people are choosing to be there, and choosing to walk over to those cars. If we can change those choices, the rest follows." #speaker:you
    Lorna nods: that is what Clear Choices is for. Kez says nothing for a moment, then asks, "And if they choose differently, where do they go instead?" #speaker:youth-work
* [That there is nowhere else for them, and no adult around who is on their side #where:context #how:ecological #domain:target #youth-trust:+1]
    "They have nowhere else to go," you say. "The centre's shut, the precinct moves them on, and the only adults who turn up at the shelter are the ones in the cars. That's what makes the lane end work for those men." #speaker:you
    Councillor Doyle, if she's there, shifts in her seat. Gail says, "That's not a police problem, but I don't disagree." #speaker:police
- -> goals

=== goals ===
Before the panel talks about responses, you ask it to agree what it is trying to achieve, and how it will know. #section:goals
It is not how this panel usually works. The usual rhythm is for each agency to say what it has and what it can offer, and for the chair to gather the offers into a plan. Starting from a goal feels slower. Dev checks the clock. Gail asks, reasonably, whether a goal is any use if nobody can measure it by the next meeting.
You say that whatever goal goes on the board will decide what the panel counts as success in six weeks' time, and so what it ends up doing. There is a pause while people think about that.
* [Goal: the complaints stop and the park is quiet at night #where:context #how:behaviour #anxiety:-1]
    The goal goes on the whiteboard: fewer calls, no damage, quiet after ten. Dev says community safety can report the figures monthly. It is clear and measurable, and everyone in the room can picture it.
* [Goal: young people can use the park safely, with trusted adults around, measured by asking them and residents #where:context #how:ecological #domain:measure #trust:+1]
    The goal goes on the whiteboard: young people can be in Pellow Park without being harmed or moved on, there are adults around who look out for them, and the panel will ask young people and residents every month how it feels. Gail asks how you'll count that. "We'll ask," you say, "and we'll go and look, at night."
* [Goal: each named young person understands the risks and makes safer decisions #where:individual #how:behaviour]
    The goal goes on the whiteboard: every named young person will understand exploitation and the risks of the park, and show it. Lorna says her programme has a before-and-after questionnaire the panel could use.
- -> discussion

=== discussion ===
The panel turns to what it will actually do. #section:discussion
Councillor Doyle, or her emails, speak first. The residents want the shelter taken out, and soon. {present_councillor: "I'll be honest," she says. "I've got sixty-one signatures and an election in May. But I heard what you told me on the phone, and I didn't sleep well after it."} #speaker:councillor
Pat Quinlan has sent a letter for the panel. It is polite and firm. Take the shelter away and the young people will have no reason to gather there. #speaker:resident #name-it:context-behaviour
Gail supports it, in her way. "It's a quick win," she says. "It's not the whole answer, but it changes the place overnight, and it shows residents we've listened." #speaker:police
-> shelter_decision

= shelter_decision
{present_councillor: Councillor Doyle mentions, almost in passing, that she has some ward funds that haven't been allocated this year.}
* [Agree to remove the shelter #where:context #how:behaviour #adopt #agency:resident #key #anxiety:-2 #youth-trust:-1]
    ~ shelter = "removed"
    The panel agrees to ask the parks department to take the shelter out. Dev says it can be done within a month. Gail says she'll tell residents at the next ward meeting. The relief in the room is real. #map:shelter-removed
    Kez says, carefully, "Can we at least write down where we think they'll go instead?" Nobody has an answer, so it goes in the minutes as a question.
    -> police
* [Propose using the ward funds to move the shelter into the middle of the park, away from the houses, with lighting #where:context #how:ecological #adopt #agency:councillor #domain:target #domain:partnership #needs:councillor #guardianship:+1 #welcome:+2 #harm:-1 #trust:+1]
    ~ shelter = "moved"
    "What if we didn't take it away," you say, "but moved it? Into the middle of the park, where it's visible from the road and the paths, away from the back fences, with lights that work. The young people keep somewhere to be. Residents get their evenings back. And anyone sitting in a car at the lane end can't see in." #speaker:you
    Councillor Doyle thinks about it for longer than you expect. "The ward funds could cover that," she says. "I'd have to explain it to Pat. But I'd rather explain that than explain why the kids are now somewhere worse." #speaker:councillor
    Dev starts sketching the park on the back of the agenda. #map:lights #map:shelter-moved
    -> police
* {not present_councillor} [Write to the councillor suggesting the shelter is moved rather than removed #where:context #how:ecological #adopt #agency:councillor #domain:target #time:-5]
    ~ shelter = "letter"
    You draft a letter to Councillor Doyle proposing that the shelter be moved to the centre of the park, with lighting, instead of being taken out. It is a good letter. But she has not heard any of the discussion, and she is hearing from residents every day. Dev says the reply might take a while.
    -> police
* [Ask for a pause before deciding: what is each of us worried about here? #where:context #how:ecological #pause #trust:+1]
    ~ paused = true
    You put your pen down. "Before we decide, can we take ten minutes? Not on the shelter. On us. What is each of us most worried about, if this goes wrong?" #speaker:you
    It is awkward for a moment. Then Gail says she's worried about getting a call about a dead child. Dev says he's worried about the councillor's inbox. Lorna says she's worried her funding ends in March. Kez says they're worried that every time a place gets difficult, the young people get moved and the youth workers lose them. Anita, who has joined by phone, says she's worried the school will be blamed for something that happens off site. #speaker:police
    Nobody solves anything. But the room is quieter afterwards, and people are listening to one another rather than waiting to speak.
    -> shelter_decision

= police
Gail has a proposal of her own. #speaker:police
"I can apply for a dispersal order covering the park on Friday and Saturday nights for the next six weeks. It gives my officers the power to move groups on and take names. I know how that sounds. But we've got a fourteen-year-old girl who was found on her own at one in the morning, and I would rather be criticised for doing too much than too little." #speaker:police #name-it:context-behaviour
{anxiety >= 7: The room is tense, and the order sounds to most people like the responsible thing to do. Dev is already nodding.}
* [Support the dispersal order #where:context #how:behaviour #adopt #agency:police #anxiety:-2 #youth-trust:-2]
    ~ dispersal = true
    The panel supports the order. Gail will apply this week. Kez asks that youth workers are told which nights it's in force, so they aren't standing in the park when the officers arrive. Gail agrees.
* [Ask the police to focus on the men in the cars instead, with youth workers passing on what they see #where:context #how:behaviour #adopt #agency:police #domain:welfare #harm:-1 #trust:+1]
    "I'd rather your officers' time went on the cars," you say. "The registration that keeps coming up, the lane end, the times. If the youth workers see something, they pass it to you. The young people stay where we can see them." #speaker:you
    Gail thinks. "It's slower," she says. "And it's harder to show residents. But it's the right target." #speaker:police
* [Thank Gail, and say the panel would rather not move the young people on #where:context #how:ecological #trust:-1 #youth-trust:+1]
    "I understand why you're offering it," you say, "and I know you're holding the risk on Friday nights, not me. But if we move them on, we lose sight of them, and so do the youth workers." #speaker:you
    Gail's jaw tightens. "Then I need to know someone is down there," she says. "Because if not us, who?" #speaker:police
- -> programme

= programme
Lorna Pike sets out what Clear Choices can offer. #speaker:vcs
"It's six one-to-one sessions for each young person. We look at consequential thinking, peer pressure, the law on drugs and weapons, and their goals for the future. Our evaluation shows good improvement on the before-and-after questionnaire. We've got twelve funded places this term, and they need filling by the end of the month or I lose them." #speaker:vcs #name-it:individual-behaviour
Kez says the detached team could deliver it, if that helped. "We'd do it in the park, in the evenings, rather than in an office. We'd need a Wi-Fi unit and a flask. That's how you get them to turn up." #speaker:youth-work
* [Refer the young people to Clear Choices, delivered at the programme's office #where:individual #how:behaviour #adopt #agency:vcs #service:clear-choices #key #anxiety:-1]
    ~ clear_choices = "office"
    The panel agrees to fill the twelve places. Referrals will go from the school and from the police list. Lorna is visibly relieved.
* [Take up Clear Choices, but delivered by the youth workers in the park, in the evenings #where:context #how:behaviour #adopt #agency:youth-work #service:clear-choices #guardianship:+2 #welcome:+1]
    ~ clear_choices = "park"
    The panel agrees: Clear Choices, delivered by Kez's team in the park, three evenings a week, with a portable Wi-Fi unit and hot drinks. The programme's aim stays the same: help the young people make better decisions. But it will happen on their ground.
* [Refer the named young people to a mentoring service instead #where:individual #how:behaviour #adopt #agency:vcs #service:mentoring]
    The panel agrees to refer the named young people for mentoring.
* [Decline the programme and ask for detached youth work instead: regular evenings in the park, with no list of names #where:context #how:ecological #adopt #agency:youth-work #domain:target #service:detached-youth-work #guardianship:+2 #welcome:+1 #youth-trust:+1]
    ~ detached_work = true
    "I'd rather the young people didn't need a referral to see a youth worker," you say. "Kez, if we found the hours, could your team be in the park three evenings a week? Not to run a course. Just to be there." #speaker:you
    Kez says yes before you have finished. Lorna is not pleased. "I'll lose those places," she says. "And you'll have nothing to show for it on paper." #speaker:vcs
- -> guardianship

= guardianship
One more proposal comes from an unexpected place. The man from the residents' meeting, the retired bus driver, has emailed Dev. He wonders if some residents could meet the young people properly, with someone there to help. #speaker:community-safety #name-it:context-ecological
* [Set up a meeting between residents and young people, with the youth workers there #where:context #how:ecological #adopt #agency:youth-work #domain:partnership #brings:resident #trust:+1 #youth-trust:+1]
    ~ resident_meeting = true
    The panel agrees to try it. Kez will talk to the young people first, and Dev will talk to Pat. Nobody is sure anyone will come.
* [Ask residents to report what they see to the police non-emergency line #where:context #how:behaviour #adopt #agency:police #welcome:-1 #youth-trust:-1]
    The panel agrees to give residents a leaflet about what to report and how. Gail says more information is always useful. Kez points out that the young people already feel watched, and this will be more of the same.
- -> pressure

=== pressure ===
Nine days later, before the plan has really started, Gail rings you at eight in the morning. #section:pressure #risk:+2 #anxiety:+2
At a quarter to midnight on Saturday, an officer saw Remi, fifteen, getting into a car at the lane end of Pellow Park. The officer stopped the car. The driver was the twenty-four-year-old whose registration keeps appearing. Remi is safe. She was taken home. She won't say where they were going. #speaker:police
Gail has called an urgent meeting for that afternoon. By the time it starts, everyone has heard. #scene:room
Remi's mother has been told. So has her school. Anita says Remi came in that morning as if nothing had happened, and then asked to go home at break. Kez says the young people at the shelter were talking about it by Sunday night, and that most of them are angrier with the police for stopping the car than with the driver.
"I'm going to be straight with the panel," Gail says. "I think we've been too gentle. I want us to do something today that means this can't happen again next Saturday." #speaker:police
-> pressure_decision

= pressure_decision
{anxiety >= 7: The room's anxiety is high. Dev says the dispersal order should be widened. Lorna says Remi should have been on her list weeks ago. Each suggestion is sharper than the last.}
{anxiety < 7: The room is shaken but steady. People are waiting to see what you will say.}
* {anxiety >= 7} [Agree a safety plan for Remi: she must not go to the park, with her parents to enforce it #where:individual #how:behaviour #adopt #agency:police #anxiety:-2 #youth-trust:-2]
    The panel agrees a plan that Remi will not go to Pellow Park, will be home by eight, and that her parents will call the police if she is late. Her mother, told that afternoon, says she can't physically stop a fifteen-year-old leaving the house. The plan is signed anyway.
* [Hold a strategy discussion for Remi as a child at risk of exploitation, and ask the police to pursue the driver #where:individual #how:ecological #adopt #agency:police #domain:welfare #trust:+1]
    You call a strategy discussion for Remi that afternoon. She is treated as a child who has been targeted, not a girl who made a bad choice. The police will pursue the driver for what he has done. Her social worker will visit with someone Remi already knows; Kez offers to come.
* {anxiety < 7} [Agree a safety plan for Remi that asks her to stay away from the park, and keep the park plan as it is #where:individual #how:behaviour #adopt #agency:police #youth-trust:-1]
    The panel agrees that Remi's social worker will talk to her about staying away from the park and about the risks of getting into cars. Her mother signs the plan. Everyone knows it depends on Remi.
* {not paused} [Ask the panel to pause before deciding: what is this doing to us? #where:context #how:ecological #pause #anxiety:-1]
    ~ paused = true
    "I want to take five minutes," you say, "before we decide anything. We're all frightened. That's the right feeling. But I want to check we're deciding because it will keep Remi safe, and not because it will make us feel better." #speaker:you
    There is a silence. Then Gail says, quietly, "Fair." She admits that a dispersal order would have moved Remi to the lane end, not away from it. Kez says Remi talked to them last week for the first time. #speaker:police
    -> pressure_decision
- -> lead

=== lead ===
One question is left: who leads this plan from here? #section:plan
* [The police and community safety lead: it's about a public place at night #where:context #how:behaviour #trust:-1 #anxiety:-1]
    Gail and Dev agree to co-chair the next review. Social care will attend. It makes sense on paper: they know the park at night better than anyone. Kez asks whether youth work will still be invited. It will.
* [Social care leads, with youth work and the councillor alongside #where:context #how:ecological #domain:welfare #domain:partnership #trust:+1]
    You agree to keep the chair. Kez and {present_councillor:Councillor Doyle|Dev, on behalf of the councillor,} will co-lead the work in the park. Gail says, half joking, that it's the first time she's been in a meeting about a park where the police weren't asked to run it.
- -> plan_readback

=== plan_readback ===
Before the meeting closes, you read the plan back to the room, action by action, with who will do what and by when. #section:plan
It takes longer than you expect. Each action sounds reasonable on its own. Read out together, they say something about what this panel thinks the problem is: whether it lives in the young people, in the park, in the adults around them, or somewhere between all three.
Kez asks for one thing to be added to the minutes: that the youth workers will tell the panel honestly if the young people stop coming to the park, whatever the complaint figures say. Gail asks for another: that if there is a serious incident, the panel meets within forty-eight hours, not at the next scheduled date. Both go in.
Dev will send the plan to the councillor's office and to Pat Quinlan, with the personal details taken out. Anita asks for a copy for the school. Lorna asks when she will know about the referrals.
People gather their coats. Outside it has started to rain again, and somebody says, to nobody in particular, that the shelter will be busy tonight.
-> first_timeskip

=== first_timeskip ===
Six weeks later. #timeskip:Six weeks later #section:timeskip #scene:park
Autumn has turned properly cold. The clocks have gone back, which means it is dark in the park by five, and the young people who use it have two more hours of darkness every evening than they had when the panel first met.
What follows is what the panel learns over those six weeks, from its own reports, from the youth workers and from the people who live beside the park. Some of it arrives in the minutes. Some of it does not.
-> young_people_then

= young_people_then
{
- shelter == "removed":
    The shelter came out on a Tuesday morning. By the weekend, the young people had gone. Not home: to the footpath behind the retail park, half a mile away, where there are no houses, no lamps and no residents to ring anyone.
    The cars found them there within a fortnight. #risk:+1
- dispersal:
    The dispersal order worked as the law intends. On Friday and Saturday nights, officers moved groups on and took names. The young people spread out: some to the precinct, some to each other's bedrooms, some to the footpath behind the retail park, where nobody could see them. #risk:+1
- else:
    The young people are still in Pellow Park. That is the first thing to say, and it is not a small thing: the panel still knows where they are.
}
{
- detached_work || clear_choices == "park":
    Kez's team has been in the park three evenings a week. It took three weeks before anyone asked them a real question. Now Shay helps carry the Wi-Fi unit from the van. Two of the younger boys have asked Kez about college courses. {clear_choices == "park": The Clear Choices worksheets mostly stay in the bag. What the young people come for is the warmth, the Wi-Fi and the adults who turn up when they said they would.} #youth-trust:+1
- clear_choices == "office":
    Clear Choices offered twelve places. Five young people came to a first session at the programme's office in town; three finished all six. Their questionnaires show good improvement. The other nine were marked as "did not engage".
- else:
    No youth worker has been down to the park since the last meeting. Kez's team was needed elsewhere, and nobody asked them to come back.
}
-> place_then

= place_then
{
- shelter == "moved":
    The shelter now sits in the middle of the park, on a concrete base, with two new lamps beside the path. It took five weeks, and Pat Quinlan wrote a furious letter to the local paper about "rewarding bad behaviour". The complaints from Pellow Road have fallen from fourteen to three. From the road, you can see right into the shelter. The car at the lane end can't.
- shelter == "letter":
    Councillor Doyle's reply to your letter arrived after a month. She is "minded to consider" moving the shelter, subject to consultation. In the meantime, the shelter is where it was, and the complaints carry on.
- shelter == "removed":
    Pellow Road is quiet. Pat Quinlan wrote to thank the panel. The square of concrete where the shelter stood has a bench on it now, and nobody sits there.
- else:
    The shelter is where it was, under the back windows of Pellow Road. The complaints carry on, a little fewer than before.
}
{resident_meeting: The residents' meeting with young people happened in the end, in the church hall, with biscuits. Nine residents came and seven young people. It was stiff for half an hour. Then the bus driver asked Shay what he wanted to do when he left school, and Shay told him. Afterwards, a resident offered to keep her back gate light on in the evenings.}
-> partnership_then

= partnership_then
{
- outcome_partnership == "trusting":
    The panel itself has changed. Gail rings Kez directly now when she has a worry about the park, and Kez rings her. At the last meeting, Dev said he had stopped thinking of this as an anti-social behaviour case, and nobody laughed.
- outcome_partnership == "reporting":
    The panel still meets, and people still come. But the conversations are mostly reports: each agency says what it has done. It is hard to tell whether anyone has changed their mind about anything.
- else:
    Attendance at the panel has dropped. Kez has missed two meetings, saying the team is stretched. Gail sends a sergeant. When something happens at the weekend, people hear about it by email on Monday.
}
-> review

=== review ===
The six-week review meets. #scene:room #section:review
The room is the same, the coffee is the same, and most of the faces are the same. What has changed is that the panel now has six weeks of its own decisions to look at, and some of them have not turned out as anyone expected.
{shelter == "removed" || dispersal: Dev reports that complaints from Pellow Road are almost nil. Gail reports that her officers have twice found young people on the footpath behind the retail park, late, and once found the same car.}
{shelter == "moved" || detached_work || clear_choices == "park": Kez reports that the young people now know the youth workers' names, and that two of the girls have started talking about the men in the cars.}
How do you want the panel to spend its next three months?
* [Invite young people to the next review, to say for themselves what has changed #where:context #how:ecological #domain:measure #youth-trust:+1 #time:-10]
    You ask Kez to bring whoever wants to come. Two do: Shay, and a girl called Marnie whom you haven't met. They speak for twenty minutes. Much of it is uncomfortable to hear. Some of it goes straight into the plan.
* [Close the park work: the complaints are down, so the goal is met #where:context #how:behaviour #anxiety:-1]
    The panel agrees the park no longer needs its attention. The case is closed with a note to reopen if complaints rise. Kez asks what happens to the young people who were there. The minutes record that they will be picked up by individual services where needed.
* [Move the young people still causing concern into individual casework, and close the place #where:individual #how:behaviour #youth-trust:-1]
    The panel agrees a list of six young people who will each be referred to the early help team for individual support. The place itself comes off the panel's agenda. Kez says the young people will read the referrals as a list of who's in trouble.
- -> second_timeskip

=== second_timeskip ===
Six months later. #timeskip:Six months later #section:ending #scene:park
{
- outcome_young_people == "connected":
    -> ending_rules_changed
- outcome_young_people == "out-of-sight":
    -> ending_out_of_sight
- else:
    -> ending_mixed
}

= ending_rules_changed
It is a Thursday evening in spring, and the shelter in Pellow Park has eleven young people in it and two youth workers beside it. #ending:rules-changed
The young people: Shay has a place on a college course in September, which he says he only applied for because Kez kept going on about it. Remi still comes to the park, and she still sees the car sometimes, parked further away now. But she told Kez about it the first time it happened, and Kez told Gail, and the driver has been charged with offences against two girls. Remi gave a statement. She says she did it because she knew the adults around her would still be there afterwards.
The park: Complaints from Pellow Road run at one or two a month. Pat Quinlan has not come round to the shelter and says so often. But three residents now say hello to the young people by name, and one keeps her back gate light on. The lamps work. Nobody has been found alone at the shelter at one in the morning since the autumn.
Looking back, nobody can say exactly which part of the plan made the difference. The lights, the youth workers, the residents who said hello, the men in the car who found they were being watched by people who knew the young people's names. Probably it was all of them together, and the fact that they were pulling in the same direction.
The partnership: The panel reads differently now. It asks first what a place is like for the young people in it, and only then who they are. Dev has asked to bring the next referral, about the precinct, in the same way. Not everything is better. Funding for the detached team runs out in March, and there is no plan for what happens then.
-> END

= ending_out_of_sight
It is a Thursday evening in spring. The shelter in Pellow Park is quiet. So is the park. #ending:out-of-sight
The young people: Nobody on the panel is quite sure where they go now. Some have been seen on the footpath behind the retail park, some at the precinct, some nowhere at all. Shay was arrested in January for carrying cannabis for someone else; his youth offending worker says he won't talk about who. Remi was reported missing twice over the winter. Each time she came home. Each time she said nothing.
The park: Pellow Road has had its quietest winter in years. Pat Quinlan wrote to the panel to say thank you, and meant it. The complaints are down to almost none, and by every measure the panel set itself, the park is a success.
The partnership: The panel closed its work on Pellow Park with a note that the problem had been "resolved". At the last meeting, Kez said the problem had been moved, not solved, and that the youth workers had lost touch with most of the group. Gail agreed, more quietly than you expected. Nobody wrote it in the minutes.
On the way out, Kez stops you by the lift. "I'm not saying the residents were wrong," Kez says. "They had a right to sleep. I'm saying we made the park safe for the people who live next to it, and we didn't ask where the young people went." Then the lift comes, and the conversation ends, as these conversations often do, without anyone deciding anything.
-> END

= ending_mixed
It is a Thursday evening in spring, and the picture at Pellow Park is hard to sum up. #ending:mixed
The young people: Some are doing better. A few are known to the youth workers now, and one girl has talked to her social worker about the men in the cars for the first time. Others have drifted away from the park and from anyone who might notice them. Remi is still seeing the driver, as far as anyone can tell. The plan for her sits on file, and says what she must do.
The park: The complaints from Pellow Road have fallen, though not to nothing. Some residents have softened; others have hardened. The shelter divides the street.
The partnership: The panel did several sensible things at once, and some of them pulled against each other. Nobody said so out loud. At the last meeting, Gail asked whether the panel had ever agreed what it was trying to change: the young people, or the park. It was a good question. The meeting ran out of time before anyone answered it.
Afterwards, you write her question at the top of your notes for the next meeting. It seems to you that each part of the plan made sense when it was agreed, and that the trouble came from agreeing them one at a time, each on its own merits, without asking how they fitted together. The young people saw the whole plan at once. For them it was the same few adults who were sometimes on their side and sometimes taking their names.
-> END

