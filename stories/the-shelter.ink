# title: The Shelter
# summary: Neighbours want the shelter in Pellow Park taken out. The young people who gather there are at risk from older men in cars. You chair the panel that decides what happens next.
# themes: child sexual and criminal exploitation (not described in detail), drug use, anti-social behaviour complaints, tension between residents and young people
# minutes: 20 to 30
# site: C
# setting: A multi-agency panel in a council meeting room, and a park at night
# place: park
# order: 1
# start: risk 6, anxiety 5, trust 5, youth-trust 3, time 90, guardianship 2, welcome 3, pull 7, harm 6, displacement 1
# present: police, community-safety, youth-work, vcs, school
# commissioned: clear-choices, detached-youth-work
# objectives: Distinguish where a response acts (on a young person or on the park) from how it works (changing behaviour or changing conditions).
# objectives: Tell a level 1 response, where the park informs each young person's plan, from a level 2 response, where the park itself has a plan.
# objectives: Notice what the room reaches for when a girl is seen getting into a car, and what that buys in the short term.
# objectives: Weigh the real costs of changing a place (money, evenings, a partner's patience, slow results) against what it changes.
# fact: pull = what draws the young people to the shelter, and what they would change
# fact: neighbours = which residents would be willing to meet the young people
# fact: registration = which car keeps coming back to the lane end, and whose it is
# cast: you = You, safeguarding manager for the council and chair of the extra-familial harm panel
# cast: police = Inspector Gail Mercer, neighbourhood policing
# cast: community-safety = Dev Rana, community safety officer, the council
# cast: youth-work = Kez Adebayo, detached youth work lead
# cast: vcs = Lorna Pike, coordinator of the Clear Choices programme
# cast: school = Anita Shore, designated safeguarding lead, Tanners High
# cast: councillor = Councillor Maureen Doyle, ward councillor for Tanners
# cast: resident = Pat Quinlan, Pellow Road residents' association
# cast: young-person = Shay, 16, who spends most evenings at the shelter
# cast: young-person-2 = Remi, 15, Shay's friend
# pressures: police = Fourteen calls in eight weeks, a girl found drunk at one in the morning, and men in cars nobody can yet name
# pressures: community-safety = A petition with sixty-one names, a councillor’s inbox, and complaint figures you report every month
# pressures: youth-work = Evenings cut from five to three, and young people you know only some of
# pressures: vcs = Twelve funded places that must be filled by the end of the month, and next year’s funding depending on the numbers
# pressures: school = Most of the names are your pupils, and the harm happens off site
# pressures: councillor = Sixty-one signatures, an election in May, and ward funds not yet spent
# research: In the site this scenario draws on, neighbours complained about young people at a park shelter and asked for it to be removed. The safeguarding manager leading the work argued against removal. Through the multi-agency panel, the ward councillor agreed to use ward funds to move the shelter into the middle of the park, away from the houses. The authors read this as widening the partnership to councillors and residents, who were encouraged to look on the young people with care rather than fear.
# research: The same site also ran a one-to-one programme about young people's decisions on drugs and weapons. Its aim was behaviour change, and the people leading the work did not seem to notice that it pulled in a different direction from the work with residents. Yet because the youth workers who delivered it spent long hours in the park, brought Wi-Fi and got to know the young people, it may have changed the "rules at play" anyway.
# research: Across all five sites, the authors found that panels often chose the right place to act (a park, a school) while keeping a behaviour-based method (moving, correcting or educating the young people in it), and that under high risk welfare agencies tended to defer to police methods aimed at individuals. They argue that panels need to notice both questions: where a response acts, and how.
# cite: Owens & Lloyd 2023, Findings: "Safeguarding practice targeting the social conditions"
# cite: Owens & Lloyd 2023, Implications for contextual safeguarding
# cite: Owens & Lloyd 2023, Competing epistemological positions
# cite: Owens & Lloyd 2023, Discussion: "Extra-familial harm"

VAR anxiety = 5
VAR present_councillor = 0
VAR known_neighbours = 0
VAR goal_where = ""
VAR goal_how = ""
VAR outcome_young_people = "mixed"
VAR outcome_place = "unsettled"
VAR outcome_partnership = "reporting"

// What the panel did, for the text that follows. Kept few on purpose: the
// checker walks every distinct state.
VAR shelter = "standing"
VAR police = "none"
VAR youthwork = "none"
VAR guardians = "none"
VAR remi = "none"
VAR review_choice = "none"
LIST heard = h_young, h_residents, h_police, h_night

-> referral

=== referral ===
Tuesday, ten o'clock. Committee Room 2 at the civic centre smells of instant coffee and hot radiators. #section:referral #scene:room
Seven people sit around a table built for twelve. You chair the extra-familial harm panel, which the council set up this year to look at places and groups, not only at single children. This is the third referral it has taken.
Dev Rana from community safety has put the referral on the screen. It came in through the anti-social behaviour route, so it reads like a list of nuisances.
"Pellow Park, the shelter by the back fences of Pellow Road. Fourteen calls to us or the police in eight weeks. Noise after eleven, a smell of cannabis, a fence panel kicked in, bottles thrown into gardens. There's a petition with sixty-one names asking for the shelter to come out." #speaker:community-safety
Inspector Gail Mercer adds what the complaints leave out.
"Two Fridays ago my officers found a fourteen-year-old girl at the shelter at one in the morning, very drunk, on her own. We got her home. There have also been sightings of older males in cars at the lane end, talking to the kids. We think some of them are being given cannabis to pass on, and possibly more than that where the girls are concerned. I want to be careful what I say, but I'm worried." #speaker:police
Lorna Pike, who runs a voluntary-sector programme called Clear Choices, says her team has funding for twelve places this term for young people "at risk of weapons or drugs". #speaker:vcs
Kez Adebayo from the detached youth work team has been quiet. "We know some of these young people," Kez says. "Not all of them. Our evenings were cut from five to three in the spring, and Pellow was one of the ones that went." #speaker:youth-work
Anita Shore, from Tanners High, says most of the names she has heard are hers. "But it's off site," she says. "I'm never sure what you want from us when it's off site." #speaker:school
The panel's terms of reference lie on the table in front of you. They were rewritten in the spring to say that the panel exists to keep young people safe from harm outside the home, and to change the places where that harm happens. The old wording, about tackling anti-social behaviour, is still in the header.
# facilitator: How the referral is framed
# facilitator-minutes: 6
# facilitator-point: The referral arrived as nuisance calls and a petition; the inspector has just described a drunk fourteen-year-old at one in the morning and men in cars.
# facilitator-point: Whatever the chair calls this now tends to decide which agency owns it, and whose measures count, for the rest of the meeting.
# facilitator-finding: In the pilots, referrals about places often came in through routes built for anti-social behaviour, so the harm was framed as behaviour before anyone had looked at it.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: If this had reached you as a welfare referral rather than as complaints, what would be different about who sits at this table?
# facilitator-ask: Which agency here is most exposed if the panel calls it exploitation, and which if it calls it nuisance?
Everyone waits for you to say how the panel will treat this referral.
* [Treat it as a safeguarding concern first: young people are being harmed in this park #where:context #how:ecological #why:It reads the park as a place where adults harm young people, which brings the context into child-welfare thinking rather than nuisance control.]
    "Before we go any further," you say, "I want us to be clear what this is. The complaints are real, and we'll come back to them. But what Gail describes is young people being targeted by adults in a place where nobody is looking out for them. That's a safeguarding matter first." #speaker:you
    Gail looks relieved, if anything. "Good," she says. "I'd rather it was everyone's problem than just mine." #speaker:police
    Dev is less comfortable. "Fine. But when Pat Quinlan rings me on Thursday, and she will, I can't tell her the panel has decided her complaint is really about something else." The word "exploitation" has been said aloud now, and it cannot be unsaid in front of residents. #speaker:community-safety
* [Start from the complaints: the nuisance is what brought this to the panel #where:context #how:behaviour #why:It acts on the park, but through the behaviour residents object to, so success means the young people doing less of it there.]
    "Let's start where the referral starts," you say. "Residents are fed up, the calls are going up, and we need to show we've heard them. If we can calm things down in the park, we'll have room to deal with the rest." #speaker:you
    Dev looks pleased to be on firm ground, and the room relaxes a little: complaints are something everyone here knows how to count. Kez writes something down and doesn't look up. Gail says, "As long as the girl at one in the morning doesn't get lost under the noise complaints." #speaker:police
- -> councillor

= councillor
# facilitator: Inviting the councillor
# facilitator-minutes: 4
# facilitator-point: The councillor is not a safeguarding professional, but she holds the money and the residents’ ear.
# facilitator-point: Information sharing about named children is a real limit; so is leaving a decision-maker to read residents’ emails on her own.
# facilitator-finding: Contextual safeguarding asks partnerships to work with whoever shapes a place, including councillors, businesses and residents, not only the statutory agencies.
# facilitator-cite: Owens & Lloyd 2023, Contextual safeguarding and multi-agency approaches
# facilitator-ask: What could the councillor safely be told today, and what should stay in the room?
# facilitator-ask: Who else shapes this park and is not in the room?
The shelter sits on council land, and the ward councillor, Maureen Doyle, has been forwarding residents' emails to everyone on this panel. She isn't a member. Her emails ask for "a swift and visible response".
* [Ring Councillor Doyle today, tell her what the police know, and invite her to the next meeting #where:context #how:ecological #brings:councillor #time:-10 #trust:+1 #why:It widens the partnership to someone who shapes the park and holds money for it, changing what the panel can do there.]
    You ring her that afternoon. She is guarded at first; she has sat through panels before that talked for months. You ask her what she has heard from residents, and then you tell her, carefully, what Gail told you about the cars. There is a long pause. "I didn't know that," she says. "Nobody said that." She agrees to come to the next meeting. It has cost you the afternoon you had set aside for supervision notes, and she has made it clear she will be counting the weeks.
    -> scoping
* [Keep the panel to professionals, and send the councillor a short written update #unscored]
    You draft a careful paragraph for the councillor: the panel is aware, is assessing the situation, and will update her in due course. It keeps information about named children inside the room, which is where your data-sharing agreement says it belongs, and it saves an afternoon. It also keeps her outside the room, reading residents' emails on her own.
    -> scoping

=== scoping ===
Before the panel decides what to do, it needs to understand the place. Kez has brought a location assessment template. Near the top it asks what pulls young people to this place at all. #section:scoping
Between now and the next meeting, in three weeks, the team has time for two pieces of work. Which two?
- (hub)
# facilitator: What the team finds out first
# facilitator-minutes: 6
# facilitator-point: Each source gives a different picture: the young people explain the pull of the place, residents the cost of it, the police the risk, the night visit the layout.
# facilitator-point: Time spent finding out is time not spent acting; there are two pieces of work, not four.
# facilitator-finding: One pilot’s location assessment asked what pulls young people to an area; how much such questions were used varied from site to site.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: Whose account would each of your agencies normally go to first, and why?
# facilitator-ask: What would this panel never learn if nobody went to the park after dark?
{LIST_COUNT(heard) == 1: There is time for one more.}
* [Talk with the young people at the shelter, with the youth workers #unscored #learns:pull]
    ~ heard += h_young
    Kez takes you down on a Thursday at half past seven. It is drizzling. There are six of them under the shelter roof, hoods up, sharing a phone charger plugged into a battery pack. #scene:park
    Kez knows two of them by name. The others take a while. Shay, sixteen, does most of the talking. #speaker:young-person
    "Where else are we meant to go? The library shuts at five. The leisure centre's four pound a go. The precinct's got security that moves you on in five minutes. This is dry. The café on the corner leaves its Wi-Fi on, and you can still get it if you sit on the left side." #speaker:young-person #map:wifi
    You ask about the people in the cars. The group goes quiet. Remi, fifteen, says they're "just older lads, they give people lifts". Shay looks at her and changes the subject. #speaker:young-person-2
    When you ask what would make the park better, the answers come quickly. Lamps that work. Somewhere to sit that isn't right by people's gardens. "Someone who isn't going to ring the police every time we laugh," Shay says. "The woman at number twelve does it every night. Then they come and take our names." #speaker:young-person
    Walking back to the car, Kez says: "They'd never have said any of that to a letter." It has taken two evenings of Kez's time, and you have met six young people out of the nine on Gail's list. #speaker:youth-work
* [Hold a residents' meeting on Pellow Road #unscored #learns:neighbours]
    ~ heard += h_residents
    Sixteen people come to the residents' meeting in the church hall on Pellow Road. Pat Quinlan, who chairs the residents' association, has brought the petition. #scene:park
    "We're not monsters," Pat says. "Some of us have lived here forty years. But it's every night. You can't open a window. My neighbour's got a new baby and she's frightened to walk past them. Take the shelter out and they'll go somewhere else. That's all we're asking." #speaker:resident
    A man near the back, who drove buses for thirty years, says he talks to the lads sometimes and they're "all right, mostly". He's worried about the cars, not the kids. A few people murmur. Someone says the cars are only there because the kids are.
    When you mention that some of the young people may be being exploited, the room changes. A woman asks, quietly, whether there is anything residents could do. The bus driver says he'd meet them, if someone set it up. Pat folds her arms, but she doesn't argue. #speaker:resident
* [Ask the police for an intelligence briefing on the young people and the cars #unscored #learns:registration]
    ~ heard += h_police
    Gail sends over a briefing: nine names, with ages, schools and any police contact, and a page on the cars. #scene:room
    Three of the young people have had dealings with the police before: one for possession, one for shoplifting, one for a fight outside the precinct. Two are girls who have been reported missing overnight in the past year. One car registration keeps coming up at the lane end; it belongs to a man of twenty-four with previous convictions for supplying drugs.
    The briefing is thorough about the nine young people and the car, and says almost nothing about the park: why they are there, who else is there, what the place is like after dark.
    Reading it, you notice the language. Young people "associating with" one another. A girl "placing herself at risk". The names start to feel like a group with a label attached.
* [Visit the park at night, at the times of the complaints #unscored #learns:pull]
    ~ heard += h_night
    You go with Kez on a Friday, from nine until midnight. #scene:park
    The shelter is at the bottom edge of the park, about ten metres from the back fences of Pellow Road. Two of the three lamps on the path are broken. From the houses, you can hear every word said under the roof. From the road, you can't see the shelter at all. #map:wifi
    By ten there are eleven young people. Several sit on the left-hand bench with their phones up; Kez says the café's Wi-Fi reaches that far. Around half past ten a car pulls into the lane end and sits with its engine running. Two of the boys walk over, talk at the window, and walk back. Nobody under the shelter looks happy about it.
    Nothing else happens. By midnight most of them have gone home. What you have seen is a dark corner of a park, right under people's windows and out of sight of everyone else, with nowhere else nearby that is warm, dry or free.
- {LIST_COUNT(heard) < 2: -> hub}
-> weighting

=== weighting ===
Three weeks later, the panel meets again. #section:weighting #scene:room
{present_councillor: Councillor Doyle is there, sitting next to Dev, with a folder of residents' emails.}
You set out what the panel now knows, source by source.
{heard ? h_young: You tell the panel what the young people said: the library shuts at five, the leisure centre costs money, the precinct moves them on, and the shelter is dry and has the café's Wi-Fi. They want lamps that work and somewhere to sit away from the gardens.}
{heard ? h_night: You describe the night visit: a shelter hidden from the road and right under the houses, two broken lamps, eleven young people by ten o'clock, and a car at the lane end with its engine running.}
{heard ? h_residents: You report the residents' meeting: Pat's petition, a neighbour with a new baby who is frightened to walk past, and a retired bus driver who is worried about the cars, not the kids.}
{heard ? h_police: Gail summarises her briefing: nine names, two girls reported missing in the past year, and one car that keeps coming back, registered to a man with convictions for supplying drugs.}
{not (heard ? h_young): Nobody on the panel has heard from the young people themselves. Kez says so, mildly. "We're deciding about them without them." #speaker:youth-work}
{not (heard ? h_night) && not (heard ? h_young): Nobody has been to the park after dark either. The location assessment's question about what pulls young people there has a blank under it.}
{not (heard ? h_residents): What the residents think beyond the petition, nobody has asked.}
{not (heard ? h_police): Nobody asked the police for a briefing, so what the panel knows about the cars is still what Gail said at the first meeting: sightings, and no names.}
~ heard = ()
# facilitator: Which context drives the harm
# facilitator-minutes: 7
# facilitator-point: The four answers point to four different plans: deterrence, a changed place, changed choices, or changed conditions and adults.
# facilitator-point: The men in the cars are the obvious answer and a real one; the question is what the panel can change about the place they use.
# facilitator-finding: Across the pilots, partnerships often picked the right place to act while keeping a method aimed at young people’s behaviour; the authors ask panels to notice both where a response acts and how.
# facilitator-cite: Owens & Lloyd 2023, Implications for contextual safeguarding
# facilitator-ask: Where would each agency at your tables put its first pound or its first hour, and does that match the answer it gave here?
You put the question the location assessment asks next: of everything the panel now knows, which context has the most influence on the harm, and so has to change first?
* [The adults in the cars, who are targeting the group #where:context #how:behaviour #contested #why:It puts the harm in the adults who exploit the park, and points towards deterring and sanctioning them rather than changing the place, though some would read that as ecological.]
    "The men in the cars," you say. "Everything else is background. If they weren't there, this would be a noise complaint." #speaker:you
    Gail agrees at once. Kez agrees too, up to a point. "They're there because the kids are there and nobody else is," Kez says. "Take one car away and someone else turns up." #speaker:youth-work
* [The shelter itself: hidden, badly lit, and right under people's windows #where:context #how:ecological #why:It locates the harm in the physical conditions of the park, which can be changed without changing the young people.]
    "The shelter's in the worst place it could be," you say. "Hidden from the road, so nobody passing can see what's happening. Right under the houses, so every laugh turns into a complaint. It makes the young people invisible to anyone who might help, and impossible to ignore for everyone who won't." #speaker:you
    Dev, who has the park plans, says the shelter was put there twenty years ago because that was where the drains were. Anita asks whether a shelter can really matter that much. Nobody is sure.
* [The young people's own choices about where they go and who they talk to #where:individual #how:behaviour #why:It places the cause in each young person's decisions, so the remedy is to change those decisions.]
    "In the end," you say, "these young people are choosing to be there, and choosing to walk over to those cars. If we can change those choices, the rest follows." #speaker:you
    Lorna nods: that is what Clear Choices is for. Anita says it is how the school would see it too, and the view has one real merit: it is something every agency here already knows how to work on.
    Kez asks, "And if they choose differently, where do they go instead?" #speaker:youth-work
* [That there is nowhere else for them, and no adult around who is on their side #where:context #how:ecological #needs-known:pull #why:It reads the harm as coming from what the place offers and who is present in it, so what must change is the conditions, not the young people.]
    "They have nowhere else to go," you say. "The precinct moves them on, everything else costs money or shuts at five, and the only adults who turn up at the shelter are the ones in the cars. That's what makes the lane end work for those men." #speaker:you
    Gail says, "That's not a police problem, but I don't disagree." Dev says it is also not a problem with a budget attached. #speaker:police
- -> goals

=== goals ===
Before the panel talks about responses, you ask it to agree what it is trying to achieve, and how it will know. #section:goals
It is not how this panel usually works. The usual rhythm is for each agency to say what it has and what it can offer, and for the chair to gather the offers into a plan. Starting from a goal feels slower. Dev checks the clock.
Anita asks the question half the room has been wondering about. The new guidance talks about "level 1" and "level 2" responses, and she has never been sure what the difference is in practice. #speaker:school
You answer with Pellow Park. "At level 1, we assess each of the young people, and what we've learned about the park goes into their own plans. Remi's plan would say the lane end is dangerous for her, and her worker would know about the cars. At level 2, the park itself gets a plan: its own actions, its own review, for every young person who uses it, including the ones we haven't met." #speaker:you
"So the question is who the plan is for," Dev says. #speaker:community-safety
"That's one question," you say. "The other is how it works. A plan for the park can still be all about moving people on." #speaker:you
# facilitator: The goal on the whiteboard
# facilitator-minutes: 8
# facilitator-point: Level 1 puts the park into each young person’s plan; level 2 gives the park a plan of its own, for everyone who uses it.
# facilitator-point: A goal also chooses a measure: complaint figures, questionnaire scores, or asking young people and residents how the park feels.
# facilitator-finding: The pilots showed that a plan can aim at a place and still be measured by young people’s behaviour in it; choosing the measure is part of choosing the approach.
# facilitator-cite: Owens & Lloyd 2023, Competing epistemological positions
# facilitator-ask: What does your own agency report upwards each month, and which of these goals would it fit?
# facilitator-ask: Who would be left out of each goal: the two young people not on the list, the footpath, the residents?
Whatever goes on the whiteboard will decide what the panel counts as success in six weeks' time, and so what it ends up doing.
* [Level 2 goal: the complaints stop and the park is quiet at night #goal #where:context #how:behaviour #anxiety:-1 #cost:Success can be reached by the young people simply going somewhere else #benefit:Clear, monthly figures that residents and the councillor can see #why:It makes the park the subject of the plan but measures success by the young people's behaviour there, the right place with a behaviour-based aim.]
    The goal goes on the whiteboard: fewer calls, no damage, quiet after ten. Dev says community safety can report the figures monthly. It is clear and measurable, and everyone in the room can picture it. Kez asks whether "quiet" includes the footpath behind the retail park. It doesn't.
* [Level 2 goal: young people can use the park safely, with trusted adults around, measured by asking them and residents #goal #where:context #how:ecological #domain:measure #time:-10 #cost:Slow to show, hard to count, and it needs evenings in the park to measure #benefit:It counts what matters for safety, the adults present and how the place feels to those who use it #why:It makes the park the subject of the plan and defines success by the conditions there, guardianship and welcome.]
    The goal goes on the whiteboard: young people can be in Pellow Park without being harmed or moved on, there are adults around who look out for them, and the panel will ask young people and residents every month how it feels. Gail asks how you will count that. "We'll ask," you say, "and we'll go and look, at night." It takes twenty minutes to agree the wording, and Dev says, not unkindly, that he can't put it in a spreadsheet.
* [Level 1 goal: each named young person has a plan that takes the park into account, with adults who act on it #goal #where:individual #how:ecological #domain:welfare #anxiety:-1 #cost:The park itself has no plan and no owner, and young people not yet named are outside it #benefit:Each young person has a named worker who knows about the cars and the lane end #why:It brings the park into each child's safeguarding plan and works through the adults around each child, a level 1 response with an ecological method.]
    The goal goes on the whiteboard: every young person on Gail's list will have an assessment that names the park, the lane end and the cars, and a plan saying which adults will do what. It feels solid; every agency in the room knows how to work a case. Kez points out that there were eleven young people at the shelter on a Friday, and the list has nine.
* [Level 1 goal: each named young person understands the risks and makes safer decisions #goal #where:individual #how:behaviour #anxiety:-1 #cost:It puts the work of staying safe on the young people the men are targeting #benefit:A funded programme is ready and can show results within the term #why:It sets out to change what each young person knows and chooses, the individual behaviour-based reading.]
    The goal goes on the whiteboard: every named young person will understand exploitation and the risks of the park, and show it. Lorna says her programme has a before-and-after questionnaire the panel could use. It is the goal most people in the room could start on tomorrow.
- -> discussion

=== discussion ===
The panel turns to what it will actually do. #section:discussion
{present_councillor:
    Councillor Doyle speaks first. "I'll be honest," she says. "I've got sixty-one signatures and an election in May. The residents want that shelter out, and soon. But I heard what you told me on the phone, and I didn't sleep well after it." #speaker:councillor
- else:
    The councillor is not at the table, but her latest email is. Dev reads it out: residents want the shelter removed, and she would like the panel's response by the end of the month. #speaker:community-safety
}
Pat Quinlan has sent a letter for the panel. It is polite and firm: take the shelter away and the young people will have no reason to gather there. #name-it:context-behaviour
Gail supports it, in her way. "It's a quick win," she says. "It's not the whole answer, but it changes the place overnight, and it shows residents we've listened." #speaker:police
-> shelter_decision

= shelter_decision
# facilitator: The shelter itself
# facilitator-minutes: 8
# facilitator-point: Removing the shelter gives residents relief quickly, and it is real relief.
# facilitator-point: Moving it needs the councillor at the table and her ward funds; writing to her is slower and keeps the idea on record.
# facilitator-point: Ask where the young people will be on the night the shelter goes.
# facilitator-finding: In the site this draws on, residents asked for a shelter to be removed; the safeguarding lead argued against it and the ward councillor paid to move it into the middle of the park, away from the houses.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: If the shelter comes out, who will know where the young people go next, and whose job will it be to find out?
# facilitator-ask: What would the councillor need to hear to spend her ward funds on this?
{present_councillor: Councillor Doyle mentions, almost in passing, that she has some ward funds that haven't been allocated this year. #speaker:councillor}
* [Agree to remove the shelter #where:context #how:behaviour #adopt #agency:resident #key #pressure #anxiety:-2 #youth-trust:-1 #harm:-2 #displacement:+3 #welcome:-2 #pull:-3 #cost:The young people lose the one dry place they have, and the panel loses sight of where they go #benefit:Complaints from Pellow Road fall within weeks and residents see the panel act #why:It changes the place, but by removing what draws the young people there so that they stop coming, which works on where they are rather than on who looks out for them.]
    ~ shelter = "removed"
    The panel agrees to ask the parks department to take the shelter out. Dev says it can be done within a month, and that the petition will go quiet the day the contractors arrive. Gail says she'll tell residents at the next ward meeting. The relief in the room is real. #map:shelter-removed
    Kez says, carefully, "Can we at least write down where we think they'll go instead?" Nobody has an answer, so it goes in the minutes as a question.
* [Propose using the ward funds to move the shelter into the middle of the park, away from the houses, with lamps that work #where:context #how:ecological #adopt #agency:councillor #domain:target #domain:partnership #needs:councillor #guardianship:+1 #welcome:+2 #harm:-1 #anxiety:+1 #trust:+1 #cost:Ward funds that could have gone elsewhere, five weeks of works, and residents who feel the young people have been rewarded #benefit:The young people keep somewhere dry, in sight of the road and away from the back fences #why:It keeps young people in the park and changes what the place is like, who can see into it and who can be seen.]
    ~ shelter = "moved"
    "What if we didn't take it away," you say, "but moved it? Into the middle of the park, where it can be seen from the road and the paths, away from the back fences, with lamps that work. The young people keep somewhere to be. Residents get their evenings back. And anyone sitting in a car at the lane end can't see in." #speaker:you
    Councillor Doyle thinks about it for longer than you expect. "The ward funds could cover that," she says. "It'll take most of what's left this year, and I'll have to explain it to Pat. But I'd rather explain that than explain why the kids are now somewhere worse." #speaker:councillor
    Dev starts sketching the park on the back of the agenda, and says the works will take five weeks at best. Until then, nothing changes on Pellow Road. #map:lights #map:shelter-moved
* {not present_councillor} [Write to the councillor proposing the shelter is moved within the park rather than removed #where:context #how:ecological #adopt #agency:councillor #harm:0 #time:-5 #cost:Slow, and the councillor will decide without having heard the panel's reasons #benefit:The idea of moving rather than removing is on record with the person who holds the money #why:It proposes the same change of conditions as moving the shelter, but from outside the room, so for now the place does not change.]
    ~ shelter = "letter"
    You draft a letter to Councillor Doyle proposing that the shelter be moved to the centre of the park, with lamps, instead of being taken out. It is a good letter. But she has not heard any of the discussion, and she is hearing from residents every day. Dev says the reply might take a while. In the meantime the shelter stays where it is, and so do the complaints.
- -> police_proposal

= police_proposal
Gail has a proposal of her own. #speaker:police
"I can authorise a dispersal direction covering the park myself. The law gives me forty-eight hours at a time, no more, so it would be Friday evening to Sunday evening, and I'd have to authorise it again each weekend with a reason I can write down. My officers could tell a group to leave and not come back for up to forty-eight hours, and take anyone under sixteen home. I know how that sounds. But we found a fourteen-year-old on her own at one in the morning, and I would rather be criticised for doing too much than too little." #speaker:police #name-it:context-behaviour
Dev adds a point of law. "If residents want something that lasts longer than a weekend, that isn't Gail's to give. That's a Public Spaces Protection Order, and it's the council's: a consultation first, then it can run for up to three years. I wouldn't promise Pat one this side of spring." #speaker:community-safety
# facilitator: The dispersal direction
# facilitator-minutes: 6
# facilitator-point: A dispersal direction under the Anti-social Behaviour, Crime and Policing Act 2014 is authorised by an inspector for up to 48 hours at a time; a Public Spaces Protection Order is the council’s, after consultation, for up to three years.
# facilitator-point: Putting police hours into the car targets the adult, but is slower and harder to show residents.
# facilitator-finding: When risk was high, partnerships tended to defer to police and community safety as the agencies with most experience of harm outside the home, and their methods were seen as the robust ones.
# facilitator-cite: Owens & Lloyd 2023, Discussion: Extra-familial harm
# facilitator-ask: What does each agency at your table expect the young people to do on the Friday a direction is in force?
# facilitator-ask: What would the inspector need from other agencies to feel able to do less here?
{anxiety >= 7: The room is tense, and the dispersal direction sounds to most people like the responsible thing to do. Dev is already nodding.}
* [Support the weekend dispersal directions #where:context #how:behaviour #adopt #agency:police #pressure #risk:-1 #anxiety:-1 #youth-trust:-1 #harm:-1 #displacement:+1 #welcome:-2 #cost:Young people moved on at night scatter to places nobody watches, and each of them learns that the police take names #benefit:Quieter weekends straight away, with officers on hand if a car pulls in #why:It acts on the park by moving the group out of it and deterring their return, a behaviour-based method aimed at a place.]
    ~ police = "direction"
    The panel supports the directions. Gail will authorise the first one this Friday and review it each week. Kez asks that youth workers are told which nights it's in force, so they aren't standing in the park when the officers arrive. Gail agrees, and says the residents' association will be told too. Dev says, frankly, that it's the first thing the panel has done that Pat will notice.
* [Ask the police to put their hours into the car that keeps coming back, with youth workers passing on what they see #needs-known:registration #where:context #how:behaviour #adopt #agency:police #contested #harm:-1 #displacement:+1 #trust:+1 #cost:Slower, hard to show residents, and the car may simply park further away #benefit:The pressure falls on the adult doing harm, not on the young people #why:It aims at the adults who shape the park, which is context, but works through deterrence and sanction rather than by changing the park's conditions, so some would call it ecological.]
    ~ police = "cars"
    "I'd rather your officers' time went on the car," you say. "The registration in your briefing, the lane end, the times. If the youth workers see something, they pass it to you. The young people stay where we can see them." #speaker:you
    Gail thinks. "It's slower," she says. "And it's harder to show residents. If he just parks round the corner, I've got nothing to tell Pat on Friday. But it's the right target." #speaker:police
* [Thank Gail, and say the panel would rather not move the young people on #unscored #trust:-1 #anxiety:+1]
    ~ police = "none"
    "I understand why you're offering it," you say, "and I know you're holding the risk on Friday nights, not me. But if we move them on, we lose sight of them, and so do the youth workers." #speaker:you
    Gail's jaw tightens. "Then I need to know someone is down there," she says. "Because if it isn't us, who is it?" She writes something in her notebook and doesn't say much for the rest of the item. #speaker:police
- -> programme

= programme
Lorna Pike sets out what Clear Choices can offer. #speaker:vcs
"It's six one-to-one sessions for each young person. We look at consequential thinking, peer pressure, the law on drugs and weapons, and their goals for the future. Our evaluation shows good improvement on the before-and-after questionnaire. We've got twelve funded places this term, and they need filling by the end of the month or I lose them." #speaker:vcs #name-it:individual-behaviour
# facilitator: The programme and the youth workers
# facilitator-minutes: 8
# facilitator-point: Twelve funded places must be filled by the end of the month, or they are lost: commissioning is shaping the choice.
# facilitator-point: Delivered in the park, the same programme puts adults there three evenings a week, and takes them from another estate.
# facilitator-finding: In this site, a one-to-one decision-making programme ran alongside work with residents, and its leaders did not seem to notice the two pulled in different directions; yet its delivery in the park, with Wi-Fi and long evenings, may have changed the rules at play anyway.
# facilitator-cite: Owens & Lloyd 2023, Implications for contextual safeguarding
# facilitator-ask: Is it the programme’s aim or the way it is delivered that matters more here?
# facilitator-ask: Which of these options would your organisation find easiest to report as a success, and why?
Kez says the detached team could deliver it, if that helped. "We'd do it in the park, in the evenings, rather than in an office. We'd need a Wi-Fi unit and a flask. That's how you get them to turn up. But it would take every evening we've got left." #speaker:youth-work
* [Refer the young people to Clear Choices, delivered at the programme's office in town #where:individual #how:behaviour #adopt #agency:vcs #service:clear-choices #key #anxiety:-1 #trust:+1 #cost:Sessions in an office reach only those who will travel, and the rest are marked as not engaging #benefit:Twelve funded places filled at no cost to the panel, with before-and-after scores to show #why:It works on each young person's thinking and decisions, away from the park.]
    ~ youthwork = "office"
    The panel agrees to fill the twelve places. Referrals will go from the school and from the police list. Lorna is visibly relieved; her funding for next year depends on numbers like these. Kez's three evenings stay where they are, elsewhere in the borough.
* [Take up Clear Choices, but delivered by the youth workers in the park, in the evenings #where:individual #how:behaviour #adopt #agency:youth-work #service:clear-choices #contested #guardianship:+2 #welcome:+1 #time:-10 #cost:Kez's team gives up its evenings elsewhere in the borough, and still has worksheets to get through #benefit:Youth workers are in the park three evenings a week, with Wi-Fi and hot drinks #why:Its stated aim is still each young person's choices, though the adults it puts in the park may change the rules at play anyway, as the research suggests.]
    ~ youthwork = "park"
    The panel agrees: Clear Choices, delivered by Kez's team in the park, three evenings a week, with a portable Wi-Fi unit and hot drinks. The programme's aim stays the same: help the young people make better decisions. But it will happen on their ground. The young people will still be referred by name, as the programme requires, and another estate loses its only youth work evening to pay for it. Kez says so.
* [Decline the programme and ask for detached youth work instead: regular evenings in the park, with no list of names #where:context #how:ecological #adopt #agency:youth-work #domain:target #service:detached-youth-work #guardianship:+2 #welcome:+1 #youth-trust:+1 #trust:-1 #cost:Lorna loses twelve funded places, and the panel has nothing to show on paper for months #benefit:Adults who are on the young people's side are in the park three evenings a week, without a referral #why:It changes who is present in the park and how the young people are met there, not what each of them is asked to decide.]
    ~ youthwork = "detached"
    "I'd rather the young people didn't need a referral to see a youth worker," you say. "Kez, if we found the hours, could your team be in the park three evenings a week? Not to run a course. Just to be there." #speaker:you
    Kez says yes before you have finished. #speaker:youth-work
    Lorna is not pleased. "I'll lose those places," she says. "And you'll have nothing to show for it on paper." #speaker:vcs
    She is right on both counts, and Dev has to find the hours from a budget that was meant for something else.
* [Refer the named young people to a mentoring service instead #where:individual #how:ecological #adopt #agency:vcs #service:mentoring #cost:A waiting list, and one adult for each young person rather than for the place #benefit:Each young person gets a trusted adult of their own #why:A mentor works through a relationship around one young person, changing who is in that child's life rather than what the child decides.]
    ~ youthwork = "mentoring"
    The panel agrees to refer the named young people for mentoring.
- -> guardianship

= guardianship
{known_neighbours:
    One more proposal comes from an unexpected place. The retired bus driver from the residents' meeting has emailed Dev. He wonders whether some residents could meet the young people properly, with someone there to help it go well. #name-it:context-ecological
- else:
    Dev has one more item: the residents' association wants to know what it can do. Nobody on the panel has met the residents beyond Pat's letters, so nobody knows who among them might be willing to do more than complain.
}
# facilitator: Residents as guardians or watchers
# facilitator-minutes: 6
# facilitator-point: The same residents can be asked to meet the young people, to enjoy better lamps, or to report what they see.
# facilitator-point: Lighting is contested: it makes the path safer and the young people easier to watch.
# facilitator-finding: In this site, councillors and residents were invited to see the young people with care rather than fear, widening who counts as a safeguarding partner.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: What would it take for a resident on Pellow Road to feel responsible for these young people rather than troubled by them?
Dev adds that the parks team could also get the two broken lamps on the path fixed before the clocks go back, and Gail offers a leaflet telling residents what to report about the cars, and how.
* [Set up a meeting between residents and young people, with the youth workers there #needs-known:neighbours #where:context #how:ecological #adopt #agency:youth-work #domain:partnership #guardianship:+1 #welcome:+1 #youth-trust:+1 #time:-10 #cost:Two evenings of Kez's and Dev's time, and it could go badly in front of Pat #benefit:Residents who know the young people by name and might look out for them #why:It changes the relationships in the place, turning neighbours who complain into adults who might look out for the young people.]
    ~ guardians = "meeting"
    The panel agrees to try it. Kez will talk to the young people first, and Dev will talk to Pat. Nobody is sure anyone will come, and Dev says that if it turns into a shouting match it will set things back a year.
* [Get the broken lamps on the path fixed now #where:context #how:ecological #contested #adopt #agency:community-safety #harm:-1 #welcome:+1 #cost:Most of what is left in the parks repair budget, and the young people become easier to watch as well as easier to look out for #benefit:The path is safer to walk in the dark, and quickly #why:It changes the physical conditions of the park, though lighting partly works by making people feel watched, so some would file it under surveillance.]
    ~ guardians = "lamps"
    The panel agrees. Dev will ring the parks team this afternoon. It is the cheapest thing on the table, and the quickest. Kez points out that working lamps cut both ways: the path is safer for the young people, and the woman at number twelve will see them better from her window. #map:lights
* [Give residents a leaflet on what to report to the police non-emergency line #where:context #how:behaviour #adopt #agency:police #welcome:-1 #youth-trust:-1 #trust:+1 #anxiety:-1 #cost:The young people, who already feel watched, are watched more #benefit:Residents have something to do, and the police may get sightings of the cars #why:It enlists residents as watchers who report, which deters and surveils rather than cares for the young people.]
    ~ guardians = "leaflet"
    The panel agrees to give residents a leaflet about what to report and how. Gail says more information is always useful, and she means it: a registration at a time, it is how cases get built. Kez points out that the young people already feel watched, and this will be more of the same.
- -> plan_readback

=== plan_readback ===
Before the meeting closes, you read the plan back to the room, action by action, with who will do what and by when. #section:plan
It takes longer than you expect. Each action sounds reasonable on its own. Read out together, they say something about what this panel thinks the problem is: whether it lives in the young people, in the park, in the adults around them, or somewhere between all three.
{goal_where == "context": The plan is a plan for Pellow Park. Dev's name goes against the park in the minutes, as its owner between meetings.}
{goal_where == "individual": The plan is a set of plans, one for each young person on the list, each with a paragraph about the park. Nobody's name goes against the park itself.}
Kez asks for one thing to be added to the minutes: that the youth workers will tell the panel honestly if the young people stop coming to the park, whatever the complaint figures say. Gail asks for another: that if there is a serious incident, the panel meets within two days, not at the next scheduled date. Both go in.
People gather their coats. Outside it has started to rain again, and somebody says, to nobody in particular, that the shelter will be busy tonight.
-> pressure

=== pressure ===
Nine days later, before the plan has really started, Gail rings you at eight in the morning. #section:pressure #risk:+2 #anxiety:+2
At a quarter to midnight on Saturday, an officer saw Remi, fifteen, getting into a car at the lane end of Pellow Park. The officer stopped the car. {police == "cars": It was the car the panel had asked the police to watch.} The driver was twenty-four, with convictions for supplying drugs. Remi is safe. She was taken home. She won't say where they were going.
Gail has called the panel together for that afternoon, as the minutes said she could. By the time it starts, everyone has heard. #scene:room
Remi's mother has been told. So has her school. Anita says Remi came in that morning as if nothing had happened, and then asked to go home at break. Kez says the young people at the shelter were talking about it by Sunday night, and that most of them are angrier with the police for stopping the car than with the driver.
{goal_where == "context": The park plan is on the table, nine days old. It has a paragraph about the lane end and nothing yet about Remi herself.}
{goal_where == "individual": Remi's assessment was booked for next week. Her plan, when it is written, was going to say the lane end is dangerous for her.}
"I'm going to be straight with the panel," Gail says. "I think this needs a strategy discussion for Remi today, as a child at risk of significant harm, and I want us to treat her as a victim, not as a girl who got into a car." #speaker:police #name-it:individual-ecological
Then the room starts talking over itself. {police == "direction": Dev says the dispersal direction should run every night, not only at weekends.} {youthwork == "office" || youthwork == "park": Lorna says Remi's first session wasn't due until next week, and asks whether it can be brought forward.|Lorna says Remi should have been on her list weeks ago.} Someone says Remi's mother needs to keep her in. Someone else asks whether the police can warn the driver off in writing, today.
-> pressure_decision

= pressure_decision
# facilitator: Remi and the car
# facilitator-minutes: 10
# facilitator-point: High risk and high anxiety: the options that feel safest are often the ones aimed at what Remi does.
# facilitator-point: A Child Abduction Warning Notice can be served for a child under 16 (under 18 if in care); a strategy discussion and section 47 enquiry treat her as a child at risk of significant harm.
# facilitator-point: The pause costs time and changes nothing on paper.
# facilitator-finding: The authors suggest that under great anxiety, behaviour-based plans can work as a defence for a partnership, and that welfare agencies gave way to police-led methods aimed at individuals.
# facilitator-cite: Owens & Lloyd 2023, Discussion: Extra-familial harm
# facilitator-ask: Which option would let each agency here sleep tonight, and which would Remi notice first?
# facilitator-ask: Who in your own organisation would be asked to explain each decision if something happened on Saturday?
{anxiety >= 7: The room's anxiety is high. Each suggestion is sharper than the last, and the ones about keeping Remi away from the park are being argued hardest.}
{anxiety < 7: The room is shaken but steady. People are waiting to see what you will say.}
* [Agree a safety plan for Remi: she must not go to the park and must be home by eight, with her parents to enforce it #where:individual #how:behaviour #adopt #agency:community-safety #pressure #risk:-1 #anxiety:-2 #youth-trust:-2 #cost:It rests on Remi and her mother, and tells Remi the problem is where she goes #benefit:A plan signed today, and a clear rule that keeps her away from the lane end this week #why:It tries to keep Remi safe by changing where she goes and what she does, under rules she must keep.]
    ~ remi = "plan"
    The panel agrees a plan that Remi will not go to Pellow Park, will be home by eight, and that her mother will call the police if she is late. For the first time all afternoon, the room breathes out. Her mother, told that evening, says she can't physically stop a fifteen-year-old leaving the house. The plan is signed anyway.
* [Ask Gail to serve a child abduction warning notice on the driver today #where:context #how:behaviour #adopt #agency:police #pressure #contested #risk:-1 #anxiety:-1 #trust:+1 #harm:-1 #displacement:+1 #cost:He may send someone else, and Remi may feel she has got him into trouble #benefit:The driver is told in writing, today, to keep away from Remi, and the police have it on record #why:It acts on an adult who exploits the park by warning and deterring him, a sanction aimed at the context that some would call ecological.]
    ~ remi = "notice"
    Gail can do it today. Remi is under sixteen, so the notice can name her: it tells the driver in writing that he has no permission from her family to be with her or take her anywhere, and that if he does, he may be committing an offence. It is quick, it is visible and it is aimed at the right person. Kez asks who is going to talk to Remi about it, because she still calls him her friend.
* [Agree to Gail's strategy discussion: Remi as a child at risk of significant harm, with the police pursuing the driver #where:individual #how:ecological #adopt #agency:police #domain:welfare #trust:+1 #youth-trust:+1 #anxiety:+1 #cost:An afternoon of everyone's time, a section 47 enquiry that Remi may experience as one more interview, and nothing signed tonight #benefit:Remi is treated as a child who was targeted, with adults she knows around her and the police after the man #why:It gathers the adults and services around one child, the individual ecological reading, and treats her as harmed rather than as making bad choices.]
    ~ remi = "strategy"
    You hold the strategy discussion that afternoon, with the police, social care and the school, and agree a section 47 enquiry. Remi is treated as a child who has been targeted, not a girl who made a bad choice. The police will pursue the driver for what he has done. Her social worker will visit with someone Remi already knows; Kez offers to come. Nothing about it makes anyone feel safer by Friday, and Lorna says so.
    {goal_where == "context": Remi's plan and the park's plan are now two plans. The strategy discussion can stay about Remi, because the lane end already has an owner.}
    {goal_where == "individual": The park goes into Remi's plan as a place she is at risk in. Nobody's plan covers the other girls at the lane end, and Anita asks, quietly, whose job that is.}
* [Ask the room to pause before deciding: what is this doing to us? #unscored #pause]
    "I want to take five minutes," you say, "before we decide anything. We're all frightened. That's the right feeling. But I want to check we're deciding because it will keep Remi safe, and not because it will make us feel better." #speaker:you
    There is a silence. Then Gail says she's worried about getting a call about a dead child. Dev says he's worried about the councillor's inbox. Lorna says she's worried her funding ends in March. Kez says the young people get moved every time a place gets difficult, and the youth workers lose them. Anita says she's worried the school will be blamed for something that happens off site.
    Nobody solves anything, and the five minutes become fifteen. But the room is quieter afterwards, and people are listening to one another rather than waiting to speak.
    -> pressure_decision
- -> first_timeskip

=== first_timeskip ===
# facilitator: Six weeks on
# facilitator-minutes: 4
# facilitator-point: The place moves on now: what the panel adopted takes effect, and harm that was only moved tends to come back when nobody is watching.
# facilitator-point: Ask the room to predict, before reading on, what residents, young people and the police will each report.
# facilitator-finding: Partnerships often did not notice when their approach shifted from changing conditions to moving or correcting young people; the consequences showed up later, elsewhere.
# facilitator-cite: Owens & Lloyd 2023, Implications for contextual safeguarding
# facilitator-ask: What would each agency count as evidence that the plan is working, and would those counts agree?
Six weeks later. #timeskip:Six weeks later #section:timeskip #scene:park
Autumn has turned properly cold. The clocks have gone back, which means it is dark in the park by five, and the young people who use it have two more hours of darkness every evening than they had when the panel first met.
What follows is what the panel learns over those six weeks, from its own reports, from the youth workers and from the people who live beside the park. Some of it arrives in the minutes. Some of it does not.
{
- shelter == "removed":
    The shelter came out on a Tuesday morning. By the weekend the young people had gone. Not home: to the footpath behind the retail park, half a mile away, where there are no houses, no lamps and no residents to ring anyone. The complaints from Pellow Road stopped almost at once.
- shelter == "moved":
    The shelter now sits in the middle of the park, on a concrete base, with two new lamps beside the path. It took five weeks, and Pat Quinlan wrote a furious letter to the local paper about "rewarding bad behaviour". The complaints from Pellow Road have fallen from fourteen to three. From the road, you can see right into the shelter. From the lane end, you can't.
- else:
    Councillor Doyle's reply to your letter arrived after a month. She is "minded to consider" moving the shelter, subject to consultation. In the meantime the shelter is where it was, under the back windows of Pellow Road, and the complaints carry on.
}
{
- police == "direction":
    The dispersal directions ran every weekend. On Friday and Saturday nights officers told groups to leave and took names, and residents noticed: calls from Pellow Road halved within a fortnight, and on two Saturdays officers took a fourteen-year-old home well before midnight. The young people spread out: some to the precinct, some to each other's bedrooms, some to the footpath behind the retail park, where nobody could see them.
- police == "cars":
    Officers stopped the car at the lane end twice in the first fortnight. Since then it has parked on the far side of the retail park instead. Gail's team knows where it goes now. Pat Quinlan, who was told none of this, says the police have done nothing.
- else:
    There have been no police operations in the park. Gail's officers have driven past on Friday nights when they could, and twice stopped to talk.
}
{
- (youthwork == "detached" || youthwork == "park") && shelter == "removed":
    Kez's team went to the park three evenings a week, as agreed, and for a fortnight found it empty. They found the young people again on the footpath behind the retail park, and took the Wi-Fi unit there instead. It is darker, further from anyone, and harder to work in, but Shay now helps carry the unit from the van. {youthwork == "park": The Clear Choices worksheets mostly stay in the bag. Lorna's returns show three sessions completed.} {youthwork == "detached": Lorna has written to the director asking why her funded places were turned down.}
- youthwork == "detached" || youthwork == "park":
    Kez's team has been in the park three evenings a week. It took three weeks before anyone asked them a real question. Now Shay helps carry the Wi-Fi unit from the van, and two of the younger boys have asked Kez about college courses. {youthwork == "park": The Clear Choices worksheets mostly stay in the bag. What the young people come for is the warmth, the Wi-Fi and the adults who turn up when they said they would. Lorna's returns show four sessions completed.} {youthwork == "detached": Lorna has written to the director asking why her funded places were turned down.}
- youthwork == "mentoring":
    The mentoring referrals are on a waiting list. No youth worker has been to the park since the last meeting.
- else:
    Clear Choices offered twelve places. Five young people came to a first session at the programme's office in town; three finished all six. Their questionnaires show good improvement, and Lorna has sent the figures round. The other nine were marked as "did not engage". No youth worker has been to the park since the last meeting.
}
{
- guardians == "meeting":
    The meeting between residents and young people happened in the end, in the church hall, with biscuits. Nine residents came and seven young people. It was stiff for half an hour. Then the bus driver asked Shay what he wanted to do when he left school, and Shay told him. Afterwards, a resident offered to keep her back gate light on in the evenings. Pat Quinlan refused to come, and told the local paper the council was holding "tea parties for vandals".
- guardians == "lamps" && shelter == "removed":
    The lamps on the path work now. They light an empty corner where the shelter used to be.
- guardians == "lamps" && shelter == "moved":
    The two broken lamps on the old path were fixed in the first week, long before the shelter moved. The young people noticed within a night. So did the woman at number twelve, who rings the police a little less.
- guardians == "lamps":
    The lamps on the path work now. The young people noticed within a night. So did the woman at number twelve, who says she can see them better from her window, and rings the police a little less.
- guardians == "leaflet" && shelter == "removed":
    The leaflets went through every door on Pellow Road in the same week the young people left. Two residents rang with a car registration they had noted at the lane end before the shelter came out, which Gail's team was glad of.
- guardians == "leaflet":
    The leaflets went through every door on Pellow Road. Calls to the non-emergency line doubled. Most were about young people being loud; two gave a car registration, which Gail's team was glad of.
}
{
- remi == "plan":
    Remi kept to her plan for a fortnight. Then her mother rang the police twice in one week because she was late. Remi has mostly stopped going to the park. Nobody is sure where she goes instead.
- remi == "notice":
    The driver was served with the notice the same evening. He has not been seen with Remi since. Remi has told Kez she thinks it is her fault he got in trouble, and she is no longer at the shelter on Saturdays.
- else:
    The section 47 enquiry meant three interviews in a fortnight, and Remi's mother says she felt like the one being investigated. Remi has talked to her social worker twice, with Kez there the second time. She has not said much about the driver. She still comes to the park, and she knows the names of the adults who will be there.
}
-> review

=== review ===
The six-week review meets. #scene:room #section:review
The room is the same, the coffee is the same, and most of the faces are the same. What has changed is that the panel now has six weeks of its own decisions to look at, and some of them have not turned out as anyone expected.
You start where the panel said it would start: with the goal on the whiteboard.
{
- goal_where == "context" && goal_how == "behaviour":
    The goal was a quiet park. {shelter == "removed" || police == "direction": By that measure the plan is working: Dev's figures show complaints from Pellow Road almost at nothing. Gail adds that her officers have twice found young people on the footpath behind the retail park, late, and once found a car there. The goal never asked about the footpath.|By that measure the plan is only half working. Calls have fallen, but not stopped, and Dev has the figures to show it.}
- goal_where == "context":
    The goal was a park young people can use safely, with trusted adults around, measured by asking. {youthwork == "detached" || youthwork == "park": Kez has asked, every week. The young people say the park feels different with the youth workers there; two of the girls have started talking about the men in the cars.|Nobody has been down to ask. The panel set a goal that needed evenings in the park, and then put nobody in the park to measure it.} Dev reports the complaints figures too, because the councillor will ask.
- goal_where == "individual" && goal_how == "ecological":
    The goal was a plan for each named young person that takes the park into account. Seven of the nine assessments are done, and each has a paragraph about the lane end. Two of the young people at the shelter on Fridays were never on the list, and have no plan at all. Nobody has been asked to look at the park itself.
- goal_where == "individual":
    The goal was that each named young person understands the risks and makes safer decisions. {youthwork == "office": Lorna's figures show three young people with better scores. The other nine did not take part, and the panel has no measure for them at all.|The questionnaires were filled in by some of the young people, in the park, on a clipboard balanced on a knee. The scores are better. Kez says the scores are the least interesting thing that happened.}
- else:
    The panel never agreed a goal, and it shows: each agency reports its own figures.
}
{present_councillor: Councillor Doyle says the residents want to know whether this is finished. She would like to tell them something definite.}
Dev adds that, if complaints carry on, the council could now start consulting on a Public Spaces Protection Order for the park: a ban on gathering in groups after dark, for up to three years once it is made. The consultation alone would take most of the winter. #speaker:community-safety
# facilitator: The review
# facilitator-minutes: 8
# facilitator-point: Closing the case, a standing order, case-by-case early help or the young people’s own account: each says what the panel thinks success was.
# facilitator-point: The Public Spaces Protection Order needs a consultation; it would make gathering after dark a breach for years.
# facilitator-finding: The authors observed that getting agencies round a table often seemed to become the aim, rather than the start of further work.
# facilitator-cite: Owens & Lloyd 2023, Discussion: The dynamics of multi-agency partnerships
# facilitator-ask: Who would notice first if the panel stopped meeting about this park?
# facilitator-ask: What would the young people say has changed, if they were asked at this table?
How do you want the panel to spend its next three months?
* [Keep the park plan open, and invite young people to the next review to say for themselves what has changed #where:context #how:ecological #adopt #agency:youth-work #domain:measure #welcome:+1 #youth-trust:+1 #time:-10 #cost:Three more months of meetings, and twenty uncomfortable minutes hearing what the panel got wrong #benefit:The plan is measured by the young people it is meant to keep safe #why:It keeps the park as the subject of the plan and measures change by asking those who use it, contextual measurement rather than complaint counts.]
    ~ review_choice = "young"
    You ask Kez to bring whoever wants to come. Two do: Shay, and a girl called Marnie whom you haven't met. They speak for twenty minutes. Much of it is uncomfortable to hear, including what they think of the panel. Some of it goes straight into the plan. Dev notes that the councillor will not get her definite answer this month.
* [Ask the council to start consulting on a Public Spaces Protection Order for the park #where:context #how:behaviour #adopt #agency:community-safety #pressure #displacement:+2 #welcome:-2 #harm:-1 #anxiety:-1 #trust:+1 #cost:Once the order is made, young people gathering in their own park after dark are in breach, for up to three years #benefit:A lasting, lawful answer for residents, decided in public after consultation #why:It acts on the park through a standing rule that moves young people out of it and sanctions them if they return.]
    ~ review_choice = "pspo"
    The panel recommends that the council consult on an order. Dev will draft the consultation, and the police will be consulted as the law requires. {present_councillor: Councillor Doyle has something definite to tell residents at last.|Dev will write to Councillor Doyle tonight, so that she has something definite to tell residents.} Kez asks for the minutes to record that youth work opposed it. They do.
* [Hand each young person still causing concern to early help, one by one, and take the park off the agenda #where:individual #how:ecological #adopt #agency:community-safety #youth-trust:-1 #anxiety:-1 #cost:The park has no plan, and nobody asks who uses the shelter next #benefit:Six young people each get a named early help worker and their families some support #why:It works through the adults and services around each young person, case by case, rather than on the place.]
    ~ review_choice = "early"
    The panel agrees a list of six young people who will each be referred to early help. The place itself comes off the panel's agenda. Kez says the young people will read the referrals as a list of who's in trouble; the early help manager says her workers will not see it that way, and some families may welcome the help.
* [Close the park work: the complaints are down, so the job is done #unscored #anxiety:-1 #trust:-1]
    ~ review_choice = "closed"
    The panel agrees the park no longer needs its attention. The case is closed with a note to reopen it if complaints rise. It frees an hour of everyone's month. Kez asks what happens to the young people who were there. The minutes record that they will be picked up by individual services where needed.
- -> second_timeskip

=== second_timeskip ===
# facilitator: Six months on
# facilitator-minutes: 5
# facilitator-point: The endings follow from the model: what the plan did to the park, and how the partnership worked, not from luck.
# facilitator-point: Invite the room to compare the ending with the goal it set at the start.
# facilitator-finding: Responses that sounded behaviour-based sometimes changed conditions through how they were delivered, and ecological intentions could be undone by a later relocation; the authors call for partnerships to be deliberate about orientation.
# facilitator-cite: Owens & Lloyd 2023, Implications for contextual safeguarding
# facilitator-ask: Which single decision do you think mattered most to how this ended, and does everyone at your table agree?
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
The young people: Shay has a place on a college course in September, which he says he only applied for because Kez kept going on about it. {remi == "strategy": Remi still comes to the park, and she still sees a car sometimes, parked further away now. The driver has not been charged; the evidence is thin, and Remi has not made a statement. But she told Kez the first time the car came back, and Kez told Gail the same night. Remi says she told because she knew the adults around her would still be there afterwards.|Remi comes to the park less than she did. When she does, she sits near the youth workers. She has never said much about the driver, and nobody has pushed her.}
The park: {shelter == "moved": The shelter stands in the middle of the park, and the lamps work.|The shelter is where it always was, and the argument about it has gone quiet rather than been settled.} {guardians == "meeting": Three residents now say hello to the young people by name, and one keeps her back gate light on.|Residents still ring sometimes, but less.} Pat Quinlan has not come round to the shelter and says so often. Nobody has been found alone at the shelter at one in the morning since the autumn.
Looking back, nobody can say exactly which part of the plan made the difference. Probably it was several of them together, pulling in the same direction{youthwork == "park":, including a programme whose stated aim was the young people's decisions, and whose real effect was that adults were in the park three evenings a week}.
The partnership: {outcome_partnership == "trusting": The panel reads differently now. Gail rings Kez directly when she has a worry about the park. Dev has asked to bring the next referral, about the precinct, in the same way.|The panel still meets, and people still come. Mostly it hears reports.} Not everything is better. Funding for the youth work evenings runs out in March, and there is no plan for what happens then. {review_choice == "pspo": And the council's consultation on the order closes next month, which would make every young person in this shelter after dark a breach.}
-> END

= ending_out_of_sight
It is a Thursday evening in spring. The shelter in Pellow Park is quiet. So is the park. #ending:out-of-sight
The young people: Nobody on the panel is quite sure where they go now. Some have been seen on the footpath behind the retail park, some at the precinct, some nowhere at all. Shay was arrested in January for carrying cannabis for someone else; his youth offending worker says he won't talk about who. {remi == "strategy": Remi's social worker still visits, and Remi still sees her. She has been reported missing twice over the winter. Each time she came home.|Remi was reported missing twice over the winter. Each time she came home. Each time she said nothing.}
The park: Pellow Road has had its quietest winter in years. Pat Quinlan wrote to the panel to say thank you, and meant it. The complaints are down to almost none{goal_how == "behaviour" && goal_where == "context":, and by the measure the panel set itself, the park is a success}.
The partnership: {review_choice == "closed" || review_choice == "early": The panel closed its work on Pellow Park with a note that the problem had been "resolved".|The park stayed on the panel's agenda, but there was less and less to report from it.} At the last meeting, Kez said the problem had been moved, not solved{youthwork == "detached" || youthwork == "park":, and that the youth workers still find a few of the group on the footpath behind the retail park but have lost touch with the rest|, and that no youth worker knows most of the group}. Gail agreed, more quietly than you expected. Nobody wrote it in the minutes.
On the way out, Kez stops you by the lift. "I'm not saying the residents were wrong," Kez says. "They had a right to sleep. I'm saying we made the park safe for the people who live next to it, and we didn't ask where the young people went." Then the lift comes, and the conversation ends, as these conversations often do, without anyone deciding anything.
-> END

= ending_mixed
It is a Thursday evening in spring, and the picture at Pellow Park is hard to sum up. #ending:mixed
The young people: Some are doing better. {youthwork == "office":Three of them finished Clear Choices and say it was all right.|A few are known to the youth workers now.} Others have drifted away from the park and from anyone who might notice them.
{
    - remi == "plan":
        Remi is still seeing the driver, as far as anyone can tell. The plan for her sits on file, and says what she must do.
    - remi == "notice":
        The driver keeps away from Remi, as far as anyone can tell. Someone else gives her lifts now, and nobody knows his name yet.
    - else:
        Remi is still in touch with her social worker, and still comes to the park some evenings. What the driver did is still under investigation.
    }
The park: {shelter == "removed":The concrete square where the shelter stood has a bench on it now, and nobody sits there.|The shelter still divides the street.} The complaints from Pellow Road have fallen, though not to nothing. Some residents have softened; others have hardened.
The partnership: The panel did several sensible things at once, and some of them pulled against each other. Nobody said so out loud. At the last meeting, Gail asked whether the panel had ever agreed what it was trying to change: the young people, or the park. It was a good question. The meeting ran out of time before anyone answered it.
Afterwards, you write her question at the top of your notes for the next meeting. Each part of the plan made sense when it was agreed. The trouble came from agreeing them one at a time, each on its own merits, without asking how they fitted together. The young people saw the whole plan at once. For them it was the same few adults, sometimes on their side and sometimes taking their names.
-> END
