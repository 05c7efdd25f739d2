# title: After the Shooting
# summary: A fifteen-year-old boy has been shot on an estate. You sit through two meetings of the same panel: the first at a police station, under terms of reference written for anti-social behaviour, where a draft safety plan asks him to gain insight; the second after those terms have been rewritten, with new people at the table.
# themes: a shooting and a stabbing (not described in detail), criminal exploitation and county lines, stop and search and arrests of young people, racial disproportion in policing and in a panel's own lists
# minutes: 25 to 35
# site: D
# setting: A community safety panel at a police station, an estate's shopping parade, and the panel again after its terms of reference are rewritten
# place: estate
# order: 3
# start: risk 8, anxiety 7, trust 4, youth-trust 2, time 120, guardianship 2, welcome 2, pull 6, harm 7, displacement 1
# present: community-safety, police, youth-justice, social-care, housing, school
# commissioned: mentoring
# objectives: Notice how a panel's terms of reference, venue and membership shape the plans it is able to make.
# objectives: Distinguish a safety plan that asks a young person to keep himself safe from one that says what the adults around him will do.
# objectives: Weigh the quick relief that enforcement brings against its costs, including who is stopped and who is not.
# objectives: Name racial disproportion in a panel's own practice, and count what saying so costs as well as what it gains.
# fact: disproportion = how far the panel's lists and the stops on the estate fall on Black boys
# fact: timetable = Tyrese's part-time timetable, and where it leaves him in the afternoons
# cast: you = You, social work practice lead for the council's context assessment pilot, sitting on the panel
# cast: community-safety = Rob Kettering, community safety manager and chair of the panel
# cast: police = Inspector Dan Webb, gangs and exploitation unit
# cast: youth-justice = Nadia Farouk, youth justice worker
# cast: social-care = Ellie Grant, Tyrese's social worker
# cast: housing = Kath Moore, housing officer for the Hollins estate
# cast: school = Clive Benson, assistant head, Hollins Park School
# cast: health = Jas Sandhu, youth violence navigator at the hospital
# cast: youth-work = Marcus Bell, senior detached youth worker, council youth service
# cast: community = Hafsa Mirza, residents' association, ran the estate's youth club for eight years
# cast: parent = Joy Campbell, Tyrese's mother
# cast: young-person = Tyrese, 15
# pressures: community-safety = Twenty-one other children on the next agenda, a panel that has never missed a fortnight, and residents asking for cameras at every meeting
# pressures: police = A boy has been shot, the estate expects a response, and the unit is measured in arrests and seizures
# pressures: youth-justice = Figures showing who is stopped and searched, and boys on your caseload who will carry the cost of an operation
# pressures: social-care = A safety plan to agree in two minutes for a boy who has been shot, and a mother who wants him safe now
# pressures: housing = Eleven calls from residents, a parade you manage, and a transfer you could arrange if the panel asked
# pressures: school = Seven boys on part-time timetables, and a head who will ask where the staff come from
# pressures: health = Boys arriving in the emergency department who will not say what happened
# pressures: youth-work = A service cut back from the parade, and workers the boys will call police until they know them
# pressures: community = The youth club you ran is closed, and neighbours who want something done
# research: In this site, referrals about places came through systems built for behaviour. The community safety panel's terms of reference described a panel for children causing concern through anti-social behaviour, or behaviour that was getting worse. For the pilot a clause about a possible risk to children outside the home was added in bold, but the panel's original focus stayed.
# research: Some of the panel's meetings took place at a police station, with images of young people projected on the wall in the style of mug shots. After a boy was shot, his safety plan set out to give him insight into exploitation, so that he could weigh the risks and keep himself safe. A social worker noted that disruption work might lead to more arrests of young people.
# research: The authors suggest that when risk is highest, partnerships defer to police and community safety, whose methods are taken as more robust, and that behaviour-based plans can defend professionals against the anxiety of the harm and of what changing its drivers would ask of them. The literature they review shows Black young people over-represented in county lines interventions. The paper does not report how Site D's panel changed after the pilot: the second meeting in this scenario is invented, to let you play what a rewrite might change.
# cite: Owens & Lloyd 2023, Findings: "Safeguarding practice targeting individual behaviours"
# cite: Owens & Lloyd 2023, Discussion: "Extra-familial harm"
# cite: Owens & Lloyd 2023, Multi-agency arrangements and extra-familial harm

VAR anxiety = 7
VAR outcome_young_people = "mixed"
VAR outcome_place = "unsettled"
VAR outcome_partnership = "reporting"
VAR photos = 0
VAR plan = 0
VAR terms = 0
VAR goal = 0
VAR op = 0
VAR parade = 0
VAR surge = 0
VAR sources = 0
VAR k_tyrese = false
VAR k_parade = false
VAR k_chart = false
VAR k_club = false
VAR k_school = false
VAR k_hospital = false

-> meeting_one

=== meeting_one ===
Tuesday, nine o'clock. The community safety panel meets on the second floor of Hollins Road police station, in a room with a long table, a projector and a view over the custody yard. #section:referral #scene:room
You are here for the council's pilot of "context assessments". The practice guidance you helped to write says that a place, and not only a child, can be referred to this panel. In three months nobody has referred one. Every referral has still been a named child.
Rob Kettering, the community safety manager, chairs. He is quick and fair, and he has chaired this panel for six years. He opens, as he always does, by reading the terms of reference aloud. #speaker:community-safety
The panel, they say, is for children whom professionals are worried about because of anti-social behaviour, or because their behaviour seems to be getting more serious. A clause was added in bold for the pilot, about a possible risk to children outside the home. Rob reads the bold part a little faster than the rest.
Around the table: Inspector Dan Webb from the gangs and exploitation unit; Nadia Farouk from youth justice; Ellie Grant, a social worker; Kath Moore, the housing officer for the Hollins estate; Clive Benson, an assistant head at Hollins Park School. The agenda lists twenty-two children by name, with forty minutes for all of them.
On the wall behind Rob the projector shows the first slide: fourteen photographs of young people, each with a name, a date of birth and a box headed "associates". Most of them were taken in custody. They sit in rows, like a school photograph with the warmth taken out.
# facilitator: The wall of photographs
# facilitator-minutes: 7
# facilitator-point: Fourteen custody-style photographs, ten of them Black boys, in a room at a police station: the setting is already saying something about who the problem is.
# facilitator-point: Each option has a cost: naming it in the room risks the chair’s goodwill; saying nothing keeps the panel’s picture as it is.
# facilitator-finding: In one site, some panel meetings were held at the police station, with young people’s images projected in the style of “mug shots”.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: What does the room a meeting is held in tell each agency about whose meeting it is?
# facilitator-ask: Who at your table would feel able to raise what the wall shows, and what would make it easier?
You count without meaning to. Ten of the fourteen faces are Black boys. The Hollins estate is mixed, and so is its school; the wall is not. Nadia Farouk has seen you counting. She raises her eyebrows a fraction and waits to see what you will do. #speaker:youth-justice
* [Name it: ask the panel to notice who is on the wall, minute it, and check today's plans against it #where:context #how:ecological #adopt #agency:social-care #domain:target #domain:measure #contested #learns:disproportion #why:It acts on the panel's own practice, whom it lists and how it looks at them, rather than on any boy; some would call naming a position rather than an action. #cost:Dan Webb hears an accusation, trust with the police dips, and ten minutes go from a full agenda #benefit:The panel sees a pattern in its own lists and agrees to check its plans against it #harm:0 #trust:-1 #time:-10 #anxiety:+1 #youth-trust:+1]
    ~ photos = 2
    "Before we start, can I point something out?" you say. "Ten of the fourteen children on that wall are Black boys. I don't think that's the make-up of the estate, or of the school. I'm not saying anyone here put them there for that reason. I'm asking that we write down who is on our lists, and that we check what we agree today against it." #speaker:you
    The room goes still, the way rooms do when somebody says the word out loud. Clive studies the table. Kath looks at Rob.
    Dan Webb answers evenly. "My officers stop the people who are there when we get the calls. The calls come from residents. I don't pick the faces." He is angry, and trying not to be, and he does not look at you for the rest of the item. #speaker:police
    Rob minutes it. He asks Nadia to bring the panel's own figures to the next meeting: who is listed, who is stopped, who is offered support. Then he switches the projector off. "Let's talk about them by name," he says. It has cost ten minutes and a good deal of Dan's goodwill, and you can feel both. #speaker:community-safety
* [Ask for the projector to be switched off and the children called by their first names, without saying why #where:context #how:ecological #domain:welfare #why:It changes how the panel looks at the children it discusses, a practice of the room, without touching any boy's behaviour.]
    ~ photos = 1
    "Could we have the projector off?" you say. "I'd rather we talked about these children by name than looked at them like that." #speaker:you
    Dan says the slides help people keep track of who is who; new members find them useful. It is a fair point, and he makes it politely. #speaker:police
    Rob looks at the wall as if seeing it for the first time, and switches the projector off. Nobody says what you and Nadia were both looking at. Nadia writes something down and underlines it.
* [Say nothing now, and raise it with Rob on his own after the meeting #unscored]
    ~ photos = 3
    You let the slide stay. It is your third meeting here, it is Dan's building, and an argument in the first five minutes would cost you the rest of the morning.
    Afterwards, on the stairs, you tell Rob what you counted. He is quiet for a whole flight. Then he says he had never looked at it like that, and that he will think about it. It is not nothing. For the rest of this meeting, though, the faces stay on the wall.
* [Leave the slides: it is the police's room, and the panel's way of keeping track #unscored]
    ~ photos = 0
    You say nothing. The panel works, the slides are part of how it works, and there are twenty-two children to get through before ten. For the rest of the meeting the faces stay on the wall.
    You notice that when a boy is discussed, people look at his photograph rather than at each other. Nadia stops looking at you.
- -> tyrese_item

= tyrese_item
Tyrese Campbell is item four.
Dan Webb presents it. Two weeks ago Tyrese, who is fifteen, was shot in the leg on the walkway behind the shops on the Hollins estate. He is home now, on crutches. Dan believes the shooting is linked to a drug supply line run by men from outside the borough, who use boys from the estate to carry and sell. "We don't know who fired," he says. "We have a good idea who he runs for." #speaker:police
{photos == 0 || photos == 3: Tyrese's photograph comes up on the wall: a school photograph this time, his tie crooked. Under it somebody has typed "associates: 13".}
Ellie Grant reads out the safety plan she has drafted. She is an experienced social worker, and the plan says what plans like this usually say. #speaker:social-care
"Agencies to work with Tyrese to give him insight into criminal exploitation and its risks, so that he can weigh up the risks and keep himself safe. Weekly mentoring. Consequential-thinking sessions with youth justice. Tyrese agrees not to go to the parade after dark." #speaker:social-care #name-it:individual-behaviour
Rob has two minutes a child in his head, and you can see him counting them. "Can we agree that?" he asks. The plan has real things going for it. Mentoring is commissioned and could start next week. Tyrese can say yes to it. The panel could move on to item five. #speaker:community-safety
Dan adds that the safest thing might be to get the family off the estate altogether. Kath says she could ask for a management transfer on grounds of risk, if the panel wants her to. Both of them mean it kindly. #speaker:police
# facilitator: Tyrese’s safety plan
# facilitator-minutes: 8
# facilitator-point: The draft asks a boy who has been shot to gain insight so he can keep himself safe; it is also quick, commissioned and something he can agree to.
# facilitator-point: Turning each line round into what an adult will do takes minutes the agenda does not have.
# facilitator-point: A management transfer moves the family; it does not change the parade.
# facilitator-finding: In one site, a safety plan written after a young person was shot asked agencies to give him insight into exploitation so that he could safeguard himself.
# facilitator-cite: Owens & Lloyd 2023, Discussion: Extra-familial harm
# facilitator-ask: Read one line of the plan aloud and ask: who has to do something different if this line is kept?
# facilitator-ask: What makes a plan that rests on the young person feel safer to a partnership than one that rests on the adults?
{anxiety >= 7: A boy has been shot. Nobody in the room wants to be the person who slowed down his plan.}
* [Agree the safety plan as drafted #where:individual #how:behaviour #adopt #agency:social-care #service:mentoring #key #pressure #why:Every line works on what Tyrese knows and chooses, through sessions, mentoring and an agreement to stay away. #cost:It asks a boy who was shot to keep himself safe, and says nothing about what the adults will do #benefit:It is quick, mentoring starts next week, and it is something Tyrese and his mother can agree to #risk:-1 #anxiety:-1 #youth-trust:-1]
    ~ plan = 1
    The plan is agreed in a minute and a half. Ellie will take it to Tyrese and his mother this week, and a mentor from the commissioned service has a slot on Wednesdays.
    The relief in the room is real, and not shameful. A boy who was shot now has a plan with his name on it, people who will visit, and a rule that keeps him off the parade on the nights when the line is busiest.
* [Turn it round: rewrite each line as something an adult will do #where:individual #how:ecological #adopt #agency:social-care #domain:welfare #why:It keeps the plan on one boy, but makes adults and services the means of his safety instead of his choices. #cost:Twelve minutes the agenda does not have, and the school and police take on work they had not planned #benefit:Every agency leaves with a job that makes Tyrese safer, and none of it depends on his insight #time:-10 #anxiety:+1 #youth-trust:+1]
    ~ plan = 2
    "Can we turn it round?" you say. "Every line asks Tyrese to do something. Let's have every line say what one of us will do. Police: the people who shot him, and the people he runs for. School: what it would take to have him in full time. Youth justice: one worker he can ring, instead of sessions." #speaker:you
    Ellie looks at the draft, then at you, and starts crossing out. "It's a better plan," she says. "It's also one I can't deliver on my own, and it's twelve minutes we haven't got." #speaker:social-care
    Clive says he will ask the head about a full timetable but cannot promise it. Nadia says yes to being the one worker. Rob looks at the agenda and says nothing, which from Rob is a comment. Items fifteen to twenty-two will be taken in a hurry, or not at all.
* [Ask housing for a management transfer, to move the family off the estate #where:individual #how:behaviour #adopt #agency:housing #pressure #why:It seeks safety by moving one boy away from the place, and leaves the place as it is. #cost:It may take months, may be out of the borough, and takes Tyrese away from his grandmother and his school #benefit:If it comes through, the people who shot him no longer know where he sleeps #risk:-1 #anxiety:-1 #youth-trust:-1]
    ~ plan = 3
    Kath will request a management transfer today, on grounds of risk. It may take months and may not be in the borough, but she will push it, and she is good at pushing. #speaker:housing
    Dan says it is the first thing on the agenda that actually puts distance between Tyrese and the people who shot him. Ellie writes the transfer into the plan, above the mentoring. Rob has the look of a man who has been handed something solid.
- -> refer_the_place

= refer_the_place
Before item five, you ask for something the pilot allows and nobody has used yet: to refer the parade and the walkway behind it as a context, not a child.
Rob finds the clause in the guidance, reads it twice, and agrees. "Two weeks," he says. "Bring it back to the next panel." Dan offers his analyst. Kath offers housing's records. Clive says you can have anything the school holds. #speaker:community-safety
At the end of the meeting Rob keeps you back. The safeguarding partnership's pilot board has asked him to revise the panel's terms of reference before the next meeting, so that a referral like yours "has somewhere to land". He would like your help. He would also like the panel still to be recognisably his.
-> scoping

=== scoping ===
You have two weeks and, realistically, time for two pieces of work before the assessment has to be written. #section:scoping
The pilot's template asks about three things: the young people in the place, the adults who are there and care about them, and the place itself: who owns it, who runs it, what rules apply there. You have used it twice before, both times on paper.
-> hub

= hub
# facilitator: Who to hear from before the next meeting
# facilitator-minutes: 6
# facilitator-point: Home, the parade at night, police intelligence, residents, school, hospital: each gives a different shape to the same harm.
# facilitator-point: Only two can be done; what the panel never asked, it will not know later.
# facilitator-finding: Some pilots worked differently by talking to people in a place at different times of day and night and building relationships with the young people and adults there.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: Which of these would your agency usually think of first, and which would it never think of?
{sources == 1: There is time for one more.}
* [Visit Tyrese and his mother at home, with Ellie #unscored]
    ~ k_tyrese = true
    Joy Campbell lets you in and makes tea before she says anything. The flat is spotless. Tyrese is on the sofa with his leg up, playing a game on his phone, and does not look up. #scene:estate
    Joy does most of the talking at first. She has lived on the estate for twenty years. The police have been to the flat four times since the shooting, she says, and every time they asked Tyrese who his friends were. Not once did they ask who shot him. #speaker:parent
    {
    - plan == 1:
        When Ellie goes through the safety plan, Joy laughs without any humour in it. "Insight," she says. "He's got a bullet hole in his leg. He's got insight." She reads the last line twice. "Not go to the parade after dark. The shop's on the parade. Where am I meant to send him for milk?" But she signs it. It is the first thing anybody has offered, and the mentor sounds nice on the phone. #speaker:parent
    - plan == 2:
        Ellie goes through the plan. Joy reads it slowly, line by line. "That's the first time anybody's written down what they're going to do," she says. Then: "Will they do it?" Ellie says she will chase every line herself. Joy does not look convinced, but she keeps the copy. #speaker:parent
    - else:
        Joy has had Kath's letter about the transfer. "Twenty years," she says. "My mum's two doors down. You want us gone so they win?" Then, after a while, more quietly: "Part of me wants to go tomorrow. I don't sleep." #speaker:parent
    }
    Tyrese speaks when his mother goes to answer the door. He was walking back from the launderette, he says, where he charges his phone. The men who run things "don't need you to choose anything". If they say carry this, you carry it, or something happens to you or to your little brother. He is not asking for help. He is explaining how it works to people who obviously do not know. #speaker:young-person
    Asked what would make him safer, he shrugs. Then: "Somewhere to be that isn't out there. There used to be a youth club. It was all right." #speaker:young-person
    -> heard
* [Walk the parade after dark with the housing officer #unscored]
    ~ k_parade = true
    Kath Moore meets you on the parade at nine on a Thursday night. #scene:estate
    The parade is a row of six units under a concrete canopy: a convenience store, a launderette that stays open until ten, a bookmaker, a phone-repair shop and two empty units with their shutters down. Behind it the walkway runs between lock-up garages to the tower blocks. Halfway along, the hoardings of a regeneration scheme that stalled two years ago narrow it into a corridor with one way in and one way out. That is where Tyrese was shot. #speaker:housing
    Eight or nine teenagers are in the launderette, on the bench by the dryers, charging their phones. The owner, Teresa Dunne, lets them stay as long as they keep the noise down. "It's warm and it's got plugs," she says. "Where else are they going to go?" She knows most of them by name. She would ring someone if a boy went missing, she says, if she knew who to ring.
    Across the road the community centre is dark. It hosted the youth club until its funding ended eighteen months ago. Since then, Kath says, the adults who are most present in these boys' evenings are Teresa, the police, and the men who send for them. #speaker:housing
    Before you leave, Kath points up at a ninth-floor window in Ashby House. The tenant is a man in his sixties who drinks, and she thinks his flat has been taken over by the line. She has reported it twice. Nobody has come back to her.
    -> heard
* [Ask the police for the intelligence picture on Tyrese's associates #unscored]
    ~ k_chart = true
    Dan Webb's analyst sends you a chart: Tyrese in the middle, thirteen boys around him, lines between them drawn from stop records, phone contact and "seen together". #scene:room
    Some of the lines are to boys Tyrese has been at school with since he was five. Two are to cousins. The chart labels the whole group with the name of the drug line. #speaker:police
    The boys are described in detail. At the top of the chart are two boxes labelled "Adult 1" and "Adult 2", with almost nothing in them, and a note about a flat on the ninth floor of Ashby House that the line may be using.
    You notice that being on the chart is treated, in the notes, as evidence of involvement. You also notice that once you have looked at the chart for a while, it is hard to see the boys as anything else.
    -> heard
* [Meet the residents' association and the woman who ran the youth club before it closed #unscored]
    ~ k_club = true
    The residents' association meets in the housing office on the parade, since the community centre is locked, and gives you twenty minutes. #scene:estate
    There are nine residents, and they are frightened, angry and tired in roughly equal measure. Several want the police to "clear the parade". One woman says she is more frightened of the police vans than of the kids. An older man says he has known Tyrese since he was a baby, and it breaks his heart.
    Hafsa Mirza ran the youth club's Tuesday and Thursday nights for eight years, alongside her job as a pharmacy technician. At its busiest the club had forty young people a week. It cost less in a year, she says, than one weekend of police overtime on the estate. "We weren't clever. We opened the door at six and we didn't lock it till ten, and we knew everybody's name." #speaker:community
    The building is still there and the council still owns it. Hafsa and two of the old volunteers would come back, she says, if somebody paid a youth worker to hold the keys and the safeguarding. "I'm not doing it on my own again. Not after this." #speaker:community
    -> heard
* [Ask the school about Tyrese's attendance and timetable #unscored #learns:timetable]
    ~ k_school = true
    Clive Benson sends Tyrese's record the same afternoon. #scene:room
    Attendance: sixty-one per cent this year. Behaviour points: many, mostly for "defiance" and lateness. Two suspensions. He is on a part-time timetable, in school until midday, "to support re-engagement". #speaker:school
    Clive is honest on the phone. "He's not a bad kid. He's a kid nobody's had time for. The timetable means he's on the estate from twelve every day, which I know isn't ideal." He pauses. "It means he's on the estate when the people who recruit kids are on the estate. There are six others from Hollins on the same arrangement." #speaker:school
    -> heard
* [Spend an afternoon with the hospital's youth violence navigator #unscored]
    ~ k_hospital = true
    Jas Sandhu works from a room beside the emergency department, with a kettle, two chairs and a box of phone chargers. She meets boys admitted after violence in the hours when, she says, they are most willing to talk. #scene:hospital
    In the last year she has seen eleven boys from the Hollins estate. Nine were hurt within five hundred metres of home, most of them on school days between three and seven in the evening. "Not midnight," she says. "Teatime." #speaker:health
    "The hospital is the only place some of them ever talk to an adult who isn't trying to catch them out," she says. "Then they go home to the same walkway." She asks whether she could come to the next panel. Nobody from the hospital has ever been invited. #speaker:health
    -> heard

= heard
~ sources += 1
{sources < 2: -> hub}
-> rewrite

=== rewrite ===
A week before the next panel you sit with Rob in his office at the civic centre, the terms of reference between you and a red pen in his hand. #section:terms #scene:office
Rob is not against changing them. He is against losing what the panel does well: it meets every fortnight, it never misses, the police come, and every child on the list leaves with something. He has twenty-one other children on the next agenda. "Whatever we write," he says, "those kids still need a meeting." #speaker:community-safety
There are three drafts on the table. Rob's own is the one he thinks the board will pass. "A clear ladder for every child," he says. "Warning letter, then an acceptable behaviour contract, then a referral to youth justice. Everyone knows where they stand. And we add the hospital, because your pilot's right about that." #speaker:community-safety #name-it:individual-behaviour
# facilitator: Rewriting the terms of reference
# facilitator-minutes: 8
# facilitator-point: The terms were written for anti-social behaviour with a clause added for risk outside the home; the chair wants a ladder that works every fortnight.
# facilitator-point: Who chairs, where the meeting is held and who is at the table all follow from the words.
# facilitator-finding: The paper quotes a community safety panel’s terms of reference written for anti-social behaviour, with a pilot clause about risk outside the home added in bold; the wider system stayed behaviour-focused.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: What would each agency lose, and gain, if the panel met at the library under a social care co-chair?
# facilitator-ask: How would you know, six months from now, whether the new wording changed anything?
Yours rewrites the first line: a panel to keep children safe from harm outside the home, by understanding and changing the places and relationships where it happens, co-chaired by social care, held somewhere that is not a police station, with the hospital, the youth service and residents at the table. The third is a compromise Kath suggested on the phone: leave the panel alone, and set up a separate meeting for places.
* [Rewrite the panel's terms for welfare and places: co-chaired by social care, at the library on Hollins Road, with the hospital, the youth service and residents at the table, and no photographs #where:context #how:ecological #adopt #agency:social-care #domain:welfare #domain:partnership #key #brings:health #brings:youth-work #brings:community #harm:0 #why:It changes an institution's rules, who sits at the table, where it meets and what it is for, not any child's behaviour. #cost:Rob gives up sole chair, Dan warns his unit may send a sergeant in future, and meetings run twice as long #benefit:People who know the parade after dark will sit at the table, and children are discussed as children #time:-10 #trust:-1 #anxiety:+1]
    ~ terms = 1
    It takes three drafts and one long phone call with Dan. Rob gives up the chair to share it, which costs him more than he says. The twenty-one other children move to a shorter list of their own, reviewed by the same people on a different afternoon. #speaker:community-safety
    Dan says that if the panel is going to meet in a library and talk about youth clubs, his unit may send a sergeant in future instead of an inspector. He says it without malice. It is a fact about where his time goes, and it is a cost. #speaker:police
* [Take Rob's draft: a clear escalation ladder for each child, and the hospital added to the table #where:individual #how:behaviour #adopt #agency:community-safety #pressure #brings:health #why:It makes the panel better at answering each child's behaviour with graded consequences, one child at a time. #cost:Places still belong to nobody, and a boy who is a victim enters a ladder built for behaviour #benefit:Families know where they stand, every child gets a consistent response, and the police and residents back it #trust:+1 #anxiety:-1]
    ~ terms = 2
    The board passes it in ten minutes. It is clear, it is fair in its own terms, and every partner can explain it to a parent. Dan likes it. Residents will like it. Jas Sandhu is added to the membership, the first person from the hospital to sit on the panel.
    You ask for one more line, that a place can still be referred under the pilot. Rob adds it at the bottom, in bold.
* [Leave the panel's terms for anti-social behaviour, and set up a separate context meeting for places, chaired by you at the housing office on the parade, with the hospital and residents #where:context #how:ecological #adopt #agency:social-care #domain:partnership #brings:health #brings:community #harm:0 #why:It creates a planning meeting about a place, a level 2 response, while the children's panel stays as it was. #cost:The new meeting has no budget of its own, and the twenty-one other children still get the usual plan #benefit:It can start next week without a fight, and Rob stays an ally #time:-5]
    ~ terms = 3
    Rob is relieved, and says so. He will ask the panel's members to come to the first context meeting for the Hollins item, and he will come himself. The panel keeps its terms, its room and its fortnightly rhythm. #speaker:community-safety
    The context meeting has no budget line, no terms of reference of its own yet, and a chair, you, with no power to commit anyone's money. It has a room with a kettle on the parade, and two new people: Jas Sandhu from the hospital and Hafsa Mirza from the residents' association.
- -> meeting_two

=== meeting_two ===
Two weeks after the first meeting. #section:weighting #scene:room
{
- terms == 1:
    The panel meets in the community room of the library on Hollins Road, under new terms that begin "to keep children safe from harm outside the home". You and Rob chair it together. There is no projector.
    New at the table: Jas Sandhu, the hospital's youth violence navigator; Marcus Bell from the council's detached youth work team; and Hafsa Mirza from the residents' association, who ran the youth club for eight years. Dan Webb has come himself, not sent a sergeant. "This once," he says.
- terms == 2:
    The panel meets at the police station, in the same room, under terms that now set out a four-step ladder for each child. Rob chairs. New at the table is Jas Sandhu from the hospital, who has never been inside a police station for a meeting before and says so.
    {photos == 0: The projector is on. The slide has fifteen faces now; Tyrese's has been added.|The projector is off. Rob has put printed agendas on the table instead, with first names.}
- else:
    The context meeting is in the back office of the housing office on the parade, twelve chairs and a kettle. You chair. Rob, Dan, Nadia, Ellie, Kath and Clive have come over from the panel for the Hollins item. New at the table: Jas Sandhu from the hospital, and Hafsa Mirza from the residents' association, who ran the youth club for eight years.
}
{
- photos == 2:
    Nadia has brought the figures she was asked for. Over six months, seven in ten of the stops and searches on the estate were of Black boys, and nine of the fourteen boys on the panel's list were referred for "disruption" rather than for support. Dan has brought figures too: most stops followed calls from residents. Both sets of numbers are true, and the room has to hold them together. #speaker:youth-justice
- photos == 3 && terms == 2:
    Rob has taken the photographs off the slides without announcing it. He catches your eye as he sits down. He has not said why to the room, and nobody asks.
- photos == 3:
    As he sits down, Rob tells you quietly that the station panel has stopped using the photographs. He has not said why to anyone else.
}
{ photos != 2:
    ~ photos = 0
}
-> assessment

= assessment
You present the context assessment under its three headings, and say plainly which parts are thin.
{
- k_tyrese:
    What the young people bring: you tell the panel what Tyrese said, that the men "don't need you to choose anything", and that what would make him safer is somewhere to be that isn't out there.
- else:
    What the young people bring: nobody has asked Tyrese, or any of the boys, what happened or what would make them safer. Nadia points it out. "We've got their photographs and their associates," she says. "We haven't got their view."
}
{
- k_parade && k_club:
    Guardianship: after dark, very little. Teresa Dunne lets the boys sit in her launderette and would ring someone if she knew whom. Hafsa and two volunteers would come back to the community centre if a paid worker held the keys.
- k_parade:
    Guardianship: after dark, very little. Teresa Dunne lets the boys sit in her launderette, knows most of them by name, and would ring someone if she knew whom to ring. The community centre across the road is locked.
- k_club:
    Guardianship: Hafsa Mirza and two old volunteers would reopen the community centre's evenings if a paid worker held the keys. What the parade itself is like after dark, nobody on the assessment has seen.
- else:
    Guardianship: not known. Nobody on the assessment has been on the parade after dark or spoken to the adults who were there before.
}
{k_chart: The police chart shows thirteen boys in detail, two adults in outline, and a flat in Ashby House that the line may be using.}
{k_school: The school's record shows Tyrese and six other Hollins boys on part-time timetables, out of school from midday.}
{k_hospital: The hospital's figures show boys from the estate hurt close to home, on school days, between three and seven: "not midnight, teatime".}
Dan says it is a more detailed picture of the estate than he has seen before, and that it does not change the fact that somebody has a gun. Both things are true, and you say so. #speaker:police
~ k_tyrese = false
~ k_parade = false
~ k_chart = false
~ k_club = false
~ k_school = false
~ k_hospital = false
# facilitator: Which context drives the harm
# facilitator-minutes: 7
# facilitator-point: Separating the group, targeting the adults, changing the parade, or Tyrese’s own choices: each leads to a different plan.
# facilitator-point: The group of boys is a risk and also their protection.
# facilitator-finding: The paper sets two ways of understanding change against each other: one works on individuals’ behaviour, the other on the conditions and relationships around them.
# facilitator-cite: Owens & Lloyd 2023, Competing epistemological positions
# facilitator-ask: If the group is split up, who does each boy walk home with?
# facilitator-ask: Which answer would your organisation find easiest to act on by Monday?
You put the assessment's question to the meeting: which context has most influence on the harm, and so has to change first?
* [The group of boys around Tyrese: separate them, and the line loses its runners #where:context #how:behaviour #pressure #why:It acts on the peer group as a group by breaking it up, changing where the boys are and with whom rather than the conditions around them.]
    "The peer group," you say. "If those boys aren't together, the line has fewer runners." #speaker:you
    Dan agrees, and it is the quickest consensus of the morning. Nadia says that breaking up boys who have grown up together also breaks up the people who look out for each other. "They're the only protection some of them have," she says. Both things, again, are true. #speaker:youth-justice
* [The adults who run the line and recruit from the estate #where:context #how:behaviour #contested #domain:target #why:It puts the harm's source in the adults who exploit the place, to be met with enforcement and deterrence; some would call that ecological because it changes who holds power there.]
    "The adults," you say. "That's where the harm comes from. The boys are what it feeds on." #speaker:you
    Dan agrees, and so does Kath. "And they recruit here because there's nothing else here for a fifteen-year-old after midday," Kath adds. Dan points out that the adults are also the hardest part of the picture to do anything about quickly. #speaker:housing
* [The parade itself: where the boys can be after school, and which adults are around them #where:context #how:ecological #domain:target #why:It locates the harm in the conditions of the place, access, welcome and guardianship, rather than in the boys or the men.]
    "The parade," you say. "Where the boys can be between midday and ten, and who's there with them." #speaker:you
    Rob looks at the terms in front of him. "None of that's anti-social behaviour," he says, "and all of it's ours now, apparently." He is not unkind, but he is right that it makes the meeting longer. #speaker:community-safety
* [Tyrese's own choices: in the end, he has to step away #where:individual #how:behaviour #why:It locates safety in one boy's decisions about where he goes and whom he sees.]
    "In the end," you say, "Tyrese has to choose to step away from it." #speaker:you
    Nobody disagrees out loud. It is the view that lets the meeting end on time. Ellie writes it down. #speaker:social-care
- -> goals

= goals
Before anyone proposes a response, you ask the meeting to agree what it is trying to achieve, and how it will know. #section:goals
It is not how this panel has ever worked. Dan's unit measures success in arrests and seizures. Clive's school measures attendance. Rob measures complaints. If the meeting does not agree what safety would look like, each agency will keep counting what it already counts, and nobody will notice whether the walkway got any safer.
# facilitator: Agreeing a goal
# facilitator-minutes: 7
# facilitator-point: Each agency already counts something: arrests, attendance, complaints. A goal decides which count the panel is judged by.
# facilitator-point: Young people, asked at the hospital, describe safety as somewhere to go and someone who knows their name.
# facilitator-finding: Partnerships that did talk about their own approach found it easier to work with young people collaboratively and to focus less on blame.
# facilitator-cite: Owens & Lloyd 2023, Discussion
# facilitator-ask: What would your agency need to stop counting, or start counting, to support each goal?
Jas asks whether anyone has asked young people on the estate what safe would look like to them. At the hospital, she says, when she asks, the answer is nearly always the same: somewhere to go, someone who knows your name, and not being stopped every time you walk to the shop. #speaker:health
* [Goal: Tyrese and the boys on the chart stop associating with the line, measured by police contact and stop records #goal #where:individual #how:behaviour #pressure #why:It defines success as each boy changing whom he spends time with, counted by how often police meet him. #cost:A boy who has stopped and a boy who has learned not to be seen look the same in the figures #benefit:It is easy to count, every agency already reports it, and it will show something within weeks #anxiety:-1]
    ~ goal = 1
    It goes into the minutes. Dan says police contact is easy to count and can be reported monthly. Nadia asks how you will tell the difference between a boy who has stopped and a boy who has learned not to be seen. Nobody has an answer yet. #speaker:police
* [Goal: the parade and the walkway are safe for young people to be in, with adults around who look out for them, measured by asking young people and residents and by the hospital's figures #goal #where:context #how:ecological #domain:measure #why:It defines success as a change in the place and in the adults there, measured in the place as well as in the boys. #cost:It is slow to show, needs counting nobody does yet, and the numbers will not move for months #benefit:It measures the place the harm happens in, and asks young people as well as agencies #time:-10 #anxiety:+1]
    ~ goal = 2
    It goes into the minutes. Jas says the hospital can report admissions from the estate every quarter. Nobody yet knows who will ask the young people, or how, and Rob points out that the first figures will not come for three months. #speaker:health
* [Goal: Tyrese is safe and back in school full time, with named adults who act for him, measured by his attendance and his own account #goal #where:individual #how:ecological #domain:welfare #why:It keeps the focus on one boy but measures the adults and services around him, and asks him. #cost:It leaves the parade and the other boys to somebody else #benefit:It is concrete, it is one child, and it puts his own view into the measure #time:-5]
    ~ goal = 3
    It goes into the minutes. Clive says he can report attendance weekly. Ellie says she will ask Tyrese every month how safe he feels, and write down what he says rather than what she hoped. Rob asks, fairly, who the goal is for the other thirteen boys. #speaker:social-care
- -> disruption

=== disruption ===
The meeting turns to responses. Dan Webb sets out the police's plan. #section:discussion
"Six weeks," he says. "Dispersal authorisations around the parade on Friday and Saturday evenings, forty-eight hours at a time, which is the most the law allows. Stop and search where officers have grounds. Visits to the boys on the chart. A warrant on the flat in Ashby House if we can get one. I'll be straight with you: it will probably lead to some arrests of young people. That's not the aim, but it happens." #speaker:police #name-it:context-behaviour
# facilitator: The police operation
# facilitator-minutes: 8
# facilitator-point: Dispersal authorisations, stop and search with grounds, visits and a warrant: the inspector is clear it will probably mean arrests of young people.
# facilitator-point: Conditions on the operation, or aiming it at the adults, are middle roads with their own costs.
# facilitator-finding: A social worker in one site expected disruption work alongside the police to bring more family visits and more arrests of young people; the authors read arrest as the far end of behaviour-based responses.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: Who will the families on the estate see at their door in the next six weeks, and what will they make of it?
# facilitator-ask: What information would the youth justice worker need each week to be comfortable with the operation?
{anxiety >= 7: The room is tense. A boy has been shot; doing nothing feels unthinkable. Rob is already nodding.}
{photos == 2: Nadia looks at her figures and then at you. Whatever is agreed will fall mostly on the boys in them.}
* [Support the operation as proposed #where:context #how:behaviour #adopt #agency:police #key #pressure #why:It acts on the parade by moving young people on, searching and deterring, changing where people are rather than the conditions there. #cost:Boys from the estate will be stopped, some arrested, and young people's trust in every agency at the table falls #benefit:Visible action this week, fewer complaints from residents, and the line is pushed off the parade for a while #harm:-1 #displacement:+2 #welcome:-1 #risk:-1 #anxiety:-2 #trust:+1 #youth-trust:-2]
    ~ op = 1
    The meeting supports it. Ellie says social workers may need to visit the families affected more often. Nadia asks that youth justice be told of any arrest of a child within a day, and Dan agrees at once. #speaker:social-care
    Kath says the residents' association will be relieved, and she is right. For the first time since the shooting, the meeting has given the estate something it can see.
* [Support it, on condition that every stop is reported to youth justice weekly and checked for who is being stopped #where:context #how:behaviour #adopt #agency:police #needs-known:disproportion #why:It is still an operation that moves young people on and deters, with a check added on whom it falls. #cost:Dan's team spends hours on returns, and he takes the condition as distrust #benefit:Short-term relief for the estate, and the meeting sees every week on whom the operation falls #harm:-1 #displacement:+2 #welcome:-1 #anxiety:-1 #time:-5 #youth-trust:-1]
    ~ op = 1
    "I'll support it," you say, "if Nadia sees every stop within the week, with who was stopped, and we look at it together before the next weekend." #speaker:you
    Dan says that is hours of his team's time he does not have, and that he hears what the condition implies. He agrees anyway, because the alternative is no agreement. The operation starts on Friday with the meeting watching it. #speaker:police
* [Ask the police to aim the enforcement at the adults and the flat, not at the boys on the parade #where:context #how:behaviour #adopt #agency:police #contested #domain:target #why:It still works by sanction and deterrence, but on the adults who exploit the place; some would read it as ecological because it takes power from them. #cost:It is slower, results are harder to show, and this weekend the parade is as it was #benefit:The pressure falls on the men who profit, and no boy is searched because of where he stands #harm:-1 #time:-5 #trust:+1 #anxiety:+1]
    ~ op = 2
    "I'd rather the pressure went on the adults," you say. "The flat, the men who run it, whoever fired. Not the boys outside the launderette." #speaker:you
    Dan thinks about it. "It's slower," he says, "and it's harder to show results. My bosses won't love it. And the residents want to see something on Friday night." He agrees to try, with a review in six weeks. #speaker:police
* [Decline police involvement on the parade for now #unscored]
    ~ op = 0
    "I don't think more policing on the parade makes Tyrese safer," you say. #speaker:you
    Dan's face closes. "Then who's going to be there on Friday night?" he asks. "Because somebody shot a fifteen-year-old, and I'm the one who gets the call." Rob moves the agenda on quickly, and notes that the police will act on their own judgement in any case. #speaker:police
- -> the_parade

= the_parade
Rob has a proposal from community safety: cameras on the parade and the walkway, paid for from the community safety budget, installed within six weeks. Residents have asked for them at every meeting for a year. #speaker:community-safety
Kath has a different one. "The parade needs adults in it after three o'clock who aren't there to catch anybody. Open the community centre again on weekday evenings. Put youth workers on the walkway. Talk to Teresa at the launderette. The building's sitting there empty." #speaker:housing #name-it:context-ecological
# facilitator: Cameras or adults on the parade
# facilitator-minutes: 8
# facilitator-point: Cameras are what residents have asked for all year; the community centre, detached work, the school timetable and the launderette all put adults or education back into the afternoon.
# facilitator-point: One budget line, not enough for both: commissioning is part of the decision.
# facilitator-finding: Over-reliance on behaviour-based responses came from commissioning as well as from risk: partnerships were held to earlier decisions about what services existed.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: Which option would still be there in two years if the pilot money stopped?
# facilitator-ask: What does the shopkeeper at the launderette already do that no agency pays for?
Both cost money from the same budget line, and there is not enough for both this year.
* [Install cameras on the parade and the walkway #where:context #how:behaviour #adopt #agency:community-safety #why:It works by surveillance and deterrence in the place, changing what people do when watched rather than who is there. #cost:The parade feels less welcoming, and what it deters tends to move to the stairwells #benefit:Residents feel safer, complaints fall, and there is evidence if anything happens again #harm:-1 #displacement:+1 #welcome:-1 #anxiety:-1 #trust:+1]
    ~ parade = 1
    The meeting agrees the cameras. The order goes in this week. Rob is pleased and says so. Residents have asked for this for a year and now they will have it, and if anything happens on the walkway again there will be pictures. #speaker:community-safety
* [Reopen the community centre on weekday evenings, with a paid youth worker and Hafsa's volunteers #where:context #how:ecological #adopt #agency:housing #needs:community #domain:target #domain:partnership #why:It changes the conditions of the place, adding guardianship and somewhere warm to be, without asking any boy to behave differently. #cost:The camera money goes on it, it takes eight weeks to recruit, and volunteers take on a risk #benefit:A warm place on the parade with adults who know the boys' names #guardianship:+2 #welcome:+2 #pull:-1 #time:-10 #anxiety:+1 #youth-trust:+1]
    ~ parade = 2
    Rob finds the money in the same line as the cameras, and tells the residents' association himself that the cameras will not come this year. #speaker:community-safety #map:centre-open
    Hafsa says she will be there on Tuesdays and Thursdays "as long as there's a proper worker with the keys". It will take eight weeks to recruit one. #speaker:community
* [Put detached youth workers on the parade and the walkway from three until nine on weekdays #where:context #how:ecological #adopt #agency:youth-work #needs:youth-work #domain:target #why:It puts caring adults into the place at the hours the harm happens, changing who is there rather than what the boys do. #cost:Marcus's team leaves another estate short, and it will be weeks before the boys trust them #benefit:Adults on the walkway at teatime, where the hospital says boys are hurt #guardianship:+2 #welcome:+1 #time:-10 #anxiety:+1 #youth-trust:+1]
    ~ parade = 3
    Marcus Bell says he can move two workers from the Millfield estate for twelve weeks. Millfield will notice. "The first month they'll think we're police," he says. "The second month they'll test us. If we're still there in the third, they'll start talking." #speaker:youth-work
* [Ask the school to end the part-time timetables for Tyrese and the six other Hollins boys, with a safe afternoon route #where:context #how:ecological #adopt #agency:school #needs-known:timetable #domain:target #why:It changes an institution's practice, the school's timetables, which puts boys on the parade when recruiters are there. #cost:The school needs staff it does not have, and teachers will have boys back whom they found hard #benefit:Seven boys off the parade in the hours the line is busiest #pull:-1 #harm:-1 #time:-5 #trust:-1 #youth-trust:+1]
    ~ parade = 4
    Clive takes a breath. "I'll have to take it to the head, and she'll ask where the staff come from." He looks at the others. "But yes. It's our timetable. It's sending them out there." The school will bring the seven boys back full time over four weeks, with a member of staff at the gate at three. #speaker:school
* [Give Teresa Dunne and the other shopkeepers on the parade a named contact, a number to ring, and a small grant to keep the launderette open until ten #where:context #how:ecological #adopt #agency:housing #domain:partnership #why:It strengthens guardianship the place already has, adults who know the boys, rather than changing the boys. #cost:It asks shopkeepers to take on a risk, and it is small against the size of the harm #benefit:It is cheap, it starts next week, and it builds on an adult the boys already trust #guardianship:+1 #welcome:+1 #time:-5]
    ~ parade = 5
    Kath will visit Teresa tomorrow with a card, a mobile number that is answered in the evenings, and a small grant towards the launderette's electricity. Rob asks whether it is fair to put this on a shopkeeper. Kath says Teresa has been doing it for eighteen months without being asked. #speaker:housing
- -> six_weeks

=== six_weeks ===
# facilitator: Six weeks on
# facilitator-minutes: 4
# facilitator-point: The operation, the cameras or the adults on the parade now show what they did; harm that was moved tends to come back where nobody is looking.
# facilitator-point: If the meeting asked youth justice to keep figures on who was stopped, they arrive now.
# facilitator-finding: A social worker in one site expected disruption work to bring more family visits and more arrests of young people; the authors read arrest as the far end of a behaviour-based approach.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: Before reading on, what does each agency expect its own report to say?
Six weeks later. #timeskip:Six weeks later #section:timeskip #scene:estate
It is late autumn on the Hollins estate, dark by five.
{
- op == 1:
    The operation has run its six weeks. Officers searched fifty-three young people on the estate, found three knives and a quantity of cannabis, and arrested seven boys, four of whom were released without charge. Complaints from residents have halved.
    {photos == 2: Nadia's figures, which the meeting asked her to keep, show that thirty-nine of the fifty-three were Black boys. Dan has seen the figures, and says the officers went where the calls sent them. Nobody in the meeting has a better explanation, or a worse one.}
- op == 2:
    The police have worked on the adults. A warrant on the flat in Ashby House found cash and scales and nobody home; the tenant has been moved to supported housing. No adult has been charged yet. The parade looks much as it did, and residents have written to their councillor to ask what the panel is doing.
- else:
    The police have patrolled the parade on their own judgement, as Dan said they would. Residents say they cannot tell whether anything was decided at all.
}
{
- parade == 1:
    The cameras went up last week. The parade is quieter under them; some of the boys who sat in the launderette have moved to the stairwells of Ashby House, where there are none.
- parade == 2:
    The community centre has not opened yet. The youth worker starts in a fortnight; Hafsa has been in twice to clean. The boys have noticed the lights on and asked her when.
- parade == 3:
    Marcus's workers have been on the walkway every weekday for five weeks. For the first three weeks the boys called them "feds". Now two of them say hello.
- parade == 4:
    Four of the seven boys are back in school full time. Two are struggling and the school is finding it hard. One has refused to come back at all.
- parade == 5:
    Teresa has rung the number twice: once about a boy who had not been home for two nights, once about a car she did not like. Both calls were answered within the hour.
}
-> pressure

=== pressure ===
Then, on a Thursday evening, a seventeen-year-old from Ashby House is stabbed outside the launderette. He survives. By the weekend the estate is saying it was revenge for Tyrese. #section:pressure #scene:room #risk:+2 #anxiety:+2
Joy Campbell keeps Tyrese indoors. Jas has had two more boys from the estate in the emergency department in three days, neither badly hurt, both refusing to say what happened. Kath has had eleven calls from residents; most ask for something to be done tonight, and some ask for the boys to be moved off the estate altogether.
Rob calls an emergency meeting. Dan Webb wants a section 60 authorisation, allowing searches without suspicion across the estate for twenty-four hours, extended to forty-eight if needed, and the arrest of three boys from the chart who were seen near the launderette that evening. #speaker:police
{anxiety >= 7: The room is frightened and angry. The arrests are being argued for hard, and most heads are nodding.|The room is shaken, but people are listening to one another.}
-> decide

= decide
# facilitator: After the stabbing
# facilitator-minutes: 10
# facilitator-point: A section 60 authorisation allows searches without suspicion for a limited period; arrests are argued hard in a frightened room.
# facilitator-point: A strategy discussion for each boy, adults on the parade, or a pause: none of them feels as decisive on the night.
# facilitator-finding: The sites most reliant on behaviour-based responses were those where risk was highest; the authors link this to professional anxiety and to deference to police and community safety.
# facilitator-cite: Owens & Lloyd 2023, Discussion: Extra-familial harm
# facilitator-ask: What is this room most afraid of tonight, and which option answers that fear rather than the boys’ safety?
# facilitator-ask: Who would each agency have to face next week under each option?
* [Support the searches and the arrests #where:context #how:behaviour #adopt #agency:police #key #pressure #why:It acts on the estate through search, arrest and deterrence, changing where young people are and what they carry rather than the conditions there. #cost:Dozens of boys searched, three arrested on association, and young people's trust falls again #benefit:The weekend passes without another injury, knives come off the estate, and residents see action #harm:-1 #displacement:+2 #risk:-2 #anxiety:-2 #trust:+1 #youth-trust:-2]
    ~ surge = 1
    The authorisation is made that evening. Over the weekend, officers search thirty-eight young people on the estate and find two knives. The three boys are arrested and interviewed. Nobody else is hurt.
    On Monday Kath's phone is quiet for the first time in a week. Two residents ring to say thank you.
* [Hold a strategy discussion for each of the three boys as children at risk of harm, while the police investigate the stabbing #where:individual #how:ecological #adopt #agency:social-care #domain:welfare #why:It treats each named boy as a child at risk and gathers adults and services around him, one child at a time. #cost:Nothing visible changes on the estate this weekend, Dan's patience runs thin, and residents are angry #benefit:Three boys, two with younger brothers, each get a safeguarding response and an adult who will act for them #time:-10 #trust:-1 #anxiety:+1 #youth-trust:+1]
    ~ surge = 2
    You convene the three strategy discussions that afternoon, one for each boy, with the police at each of them. Each boy is at risk of significant harm from the same people who hurt Tyrese; two have younger brothers. Each gets a social worker and a plan that says what the adults around him will do. #speaker:you
    Dan's team pursues the stabbing as a crime. By Monday they have a name and not enough evidence. The weekend is tense. Residents ring Kath to ask why the boys who were "seen there" are still walking about.
* [Put adults on the parade all weekend: youth workers, volunteers, neighbourhood officers on foot, and a number to ring #where:context #how:ecological #adopt #agency:youth-work #needs:youth-work #domain:target #why:It answers the crisis by filling the place with caring adults, guardianship, rather than by searching or moving the boys. #cost:Overtime money nobody has budgeted, volunteers near a crime scene, and Dan thinks it naive #benefit:Adults the boys know are on the parade through the most dangerous weekend of the year #guardianship:+2 #welcome:+1 #time:-10 #anxiety:+1 #youth-trust:+1]
    ~ surge = 3
    Marcus puts every worker he has on the parade from three until midnight, Friday to Sunday. Neighbourhood officers walk it with them rather than parking at the end. Jas is on call. Teresa keeps the launderette open late. #speaker:youth-work
    Dan agrees to hold off the section 60 for forty-eight hours and says, plainly, that if anyone else is hurt he will be the one explaining why. Nobody is. Nobody can say whether that was because of the adults on the parade or despite them.
* [Ask the meeting to pause before it decides: what is this doing to our judgement? #unscored #pause]
    "We're all frightened," you say. "A fifteen-year-old was shot and a seventeen-year-old was stabbed, and we're about to decide something in twenty minutes. Can we take ten to ask what we're reaching for, and why?" #speaker:you
    Nobody speaks for a while. Then Ellie says she is frightened that the next call will be about a boy on her caseload. Dan says he is frightened of the same thing, and that arrests are the lever he actually has. Nadia says the boys already expect to be arrested; what they do not expect is to be protected. #speaker:social-care
    It costs ten minutes. It does not make the decision for you.
    -> decide
- 
{
- surge == 1 && op == 2:
    ~ op = 3
- surge == 1:
    ~ op = 1
}
~ surge = 0
-> lead

=== lead ===
Rob asks who should lead the work on the parade from here. #section:plan
# facilitator: Who leads from here
# facilitator-minutes: 6
# facilitator-point: Leadership decides where meetings happen, whose updates come first, and which questions survive a short agenda.
# facilitator-point: Social care has not usually led on harm in public places; the police and community safety have.
# facilitator-finding: Social care’s historical distance from harm outside the home seemed to leave most influence with the agencies seen as expert in those places.
# facilitator-cite: Owens & Lloyd 2023, Discussion: Extra-familial harm
# facilitator-ask: What would a social care lead need from the police to make this work, and the other way round?
Until now the answer has always been obvious. Harm in public places has been the business of the police and community safety, and social care has come to the panel for its own children and gone away again. The pilot was supposed to change that. Whether it does depends partly on what you say next.
* [The police and community safety: it is a violent crime problem #where:context #how:behaviour #why:It places the work with the agencies whose methods are enforcement and deterrence in the place.]
    Dan's unit will lead, reporting to the meeting. It is what everyone expected, and there is relief in the room: the people who already work nights on the estate will go on doing it, and nobody has to learn a new job this winter.
* [A partnership led by social care, with housing, the hospital and youth justice alongside the police #where:context #how:ecological #domain:welfare #domain:partnership #why:It places the work with a partnership whose first question is the conditions that keep children safe, with enforcement as one part.]
    You agree to lead, with Kath and Jas. Dan says his unit will keep its work on the adults separate but tell you everything it can. "That'll be a first," Rob says. It also means your team takes on evening work it has never done and has no extra staff for. #speaker:community-safety
- -> three_months

=== three_months ===
# facilitator: Three months on
# facilitator-minutes: 4
# facilitator-point: The parade and the estate move on from what was adopted; harm that was displaced may come back.
# facilitator-point: Ask each table to predict what their agency will report before the story tells them.
# facilitator-finding: New and creative work in one site proved fragile and was overshadowed when the partnership later turned to moving young people.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting the social conditions
# facilitator-ask: What does each agency now know that it did not know before, and who has it told?
Three months later. #timeskip:Three months later #section:timeskip #scene:estate
Winter on the Hollins estate. Three months is long enough for a plan to show what it is really doing, and not long enough for anybody to be sure it has worked.
You go back on a Thursday evening with Kath, and stand where you stood before, by the launderette, looking down the walkway towards the tower blocks.
{
- outcome_place == "watched-over":
    The parade has adults in it after dark who are there for the young people. {parade == 2: The community centre is open on Tuesdays and Thursdays, and between twenty and thirty young people come. Hafsa runs the five-a-side.}{parade == 3: Marcus's workers are on the walkway every weekday, and the boys know their names.}{parade == 5: Teresa has a card on the launderette wall with a number that gets answered.}{parade == 4: The seven boys are in school until three, and a teacher is at the gate when they leave.} Teresa says the parade is "quieter in the good way".
- outcome_place == "quiet-but-displaced":
    The parade is quiet. The boys who used to sit in the launderette have gone elsewhere: to the stairwells in Ashby House, to a park in the next borough. Jas is seeing boys from the estate hurt in places nobody at the table has heard of.
- else:
    The estate is much as it was. Some things are better, some worse. {parade == 1: The cameras are up, and the boys have learned where they do not reach.} Some of the boys are still in the launderette most nights; others have gone somewhere nobody at the table can name.
}
{
- outcome_young_people == "connected":
    {plan == 3: The transfer has not come through, and Joy has stopped asking about it.} Tyrese is off crutches. He is back at school more often than not, and he talks to {parade == 3: one of Marcus's workers|{parade == 2: Hafsa|Nadia}} more than to anyone else on the panel's list of contacts. He has told {parade == 2: Hafsa|Jas} things he has not told anyone else.
- outcome_young_people == "out-of-sight":
    Tyrese has stopped answering the door to Ellie. Joy says he is out most nights and will not say where. {plan == 3: The transfer is still "in progress".} {op == 1 || op == 3: Two boys from the chart have been charged with supply.} Several others have dropped out of the view of every agency at the table.
- else:
    Tyrese is back at school some of the time. He talks to Nadia, a bit. Some of the boys from the chart are doing better. Some are not.
}
{
- outcome_partnership == "trusting":
    The meeting feels different. Dan rings you before his unit does anything on the estate, and agencies share what they know the same day instead of at the next meeting.
- outcome_partnership == "reporting":
    The meeting still goes case by case, each agency reporting its own actions, and the context assessment sits in the papers as an appendix.
- else:
    Trust has frayed. Dan sends a sergeant now, and his unit acts on the estate without ringing anyone first. Kath sends a junior officer. Meetings have become a place where each agency explains what it did.
}
-> review

=== review ===
At the review, {terms == 1: you and Rob open|{terms == 2: Rob opens|you open}} the meeting by reading out the goal it set three months ago. #section:review #scene:room
{
- goal == 1:
    The goal was that Tyrese and the boys on the chart stop associating with the line, measured by police contact. {outcome_young_people == "connected": Police contact with the boys is down, and the boys are still around: in school, on the parade, talking to adults.|{outcome_young_people == "out-of-sight": Police contact with the boys is down. So is every other agency's. By the measure the meeting chose, the plan is working. Nadia asks again how anyone would know the difference between a boy who has stopped and one who has learned not to be seen.|Police contact has gone down for some boys and up for others. The figures do not say which boys are safer.}} The measure says nothing about the parade, because nobody asked it to.
- goal == 2:
    The goal was a parade and walkway where young people are safe, with adults around who look out for them, measured by asking young people and residents and by the hospital's figures. {outcome_place == "watched-over": The first quarter's figures show fewer admissions from the estate. The survey Jas ran through the school found that most young people who answered could name an adult on the parade they would go to.|{outcome_place == "quiet-but-displaced": The parade is quieter and the residents' survey is the best it has been, but the young people who answered say they go elsewhere now, and the hospital's admissions from the estate have not fallen.|The first quarter's figures barely move. Residents are split. The young people who answered the survey say the parade is "the same".}} The measure is slow, and the meeting has to sit with not knowing yet.
- else:
    The goal was that Tyrese is safe and back in school full time, with named adults who act for him, measured by his attendance and his own account. {outcome_young_people == "connected": His attendance is up to eighty-five per cent, and when Ellie asked him, he said he feels safer "most days".|{outcome_young_people == "out-of-sight": His attendance has fallen, and he would not answer when Ellie asked him how safe he felt.|His attendance is up a little, and when Ellie asked, he said "same as before".}} Rob asks, as he did before, what the goal says about the other thirteen boys. The honest answer is nothing.
}
~ goal = 0
# facilitator: What to fund next year
# facilitator-minutes: 8
# facilitator-point: Money for one thing: another operation, a year of youth work, or more mentoring.
# facilitator-point: Each option will be defended with real evidence; the question is what the evidence is of.
# facilitator-finding: The authors note that competitive commissioning puts agencies under pressure to be seen to know what works, which leaves little room for the not-knowing that new approaches need.
# facilitator-cite: Owens & Lloyd 2023, Discussion: The dynamics of multi-agency partnerships
# facilitator-ask: What would you need to see in a year to know you chose well?
# facilitator-ask: Who in this room stands to lose most from each option, and does that shape what they argue for?
The pilot money ends in March. The meeting has to tell the council what to fund next year, and there is money for one thing.
* [Fund a second six-week operation on the parade in the spring #where:context #how:behaviour #adopt #agency:police #pressure #why:It renews enforcement and deterrence in the place, moving young people on and watching them. #cost:Whatever moved away last time may move again, and the boys stopped are the same boys #benefit:It worked quickly last time by the measures the council uses, and residents will back it #harm:-1 #displacement:+2 #welcome:-1 #anxiety:-1 #trust:+1 #youth-trust:-1]
    The meeting asks for a second operation. It is the easiest bid to write: last autumn's figures are in it, and the council likes figures. {photos == 2: Nadia asks that her figures on who is stopped go in with the bid. They do, and they make it harder to write.}
* [Fund youth work on the parade for a full year, evenings, with Hafsa and the volunteers #where:context #how:ecological #adopt #agency:social-care #needs:community #domain:target #domain:partnership #why:It makes guardianship in the place permanent, adults present and somewhere to be, rather than acting on the boys. #cost:It is the dearest bid, it shows results slowly, and it has to beat the operation for the same money #benefit:Adults who know the boys' names on the parade every evening for a year #guardianship:+2 #welcome:+2 #pull:-1 #time:-5 #anxiety:+1 #youth-trust:+1]
    The meeting bids for a year of evening youth work at the community centre and on the parade. It is harder to write: the figures are thin, and the case rests on what Hafsa and Jas can describe. Rob signs it anyway. "If it doesn't work," he says, "I'll be the one explaining it." #speaker:community-safety #map:centre-open
* [Fund more mentoring for the boys on the chart #where:individual #how:behaviour #adopt #agency:social-care #service:mentoring #why:It gives each boy a weekly session aimed at his choices and motivation, one boy at a time. #cost:It works on the boys' choices and leaves the parade as it is #benefit:It is already commissioned, it starts at once, and every boy gets an adult who turns up weekly #anxiety:-1 #youth-trust:+1]
    The meeting asks for mentoring for every boy on the chart. It is commissioned already, it can start in April, and every boy will have an adult who turns up each week. Nobody argues. The parade is not in the bid.
- -> a_year_later

=== a_year_later ===
# facilitator: A year later
# facilitator-minutes: 5
# facilitator-point: The ending follows from the place and the partnership, not from luck in the story.
# facilitator-point: Compare it with the goal the meeting set.
# facilitator-finding: Partnerships that moved beyond sharing information, and saw their own working as part of the conditions of harm, stood out for their self-reflection.
# facilitator-cite: Owens & Lloyd 2023, Discussion: The dynamics of multi-agency partnerships
# facilitator-ask: Looking back, which decision would your agency take differently, and what would it have needed from the others to do so?
A year later. #timeskip:A year later #section:ending #scene:estate
A year is the time it takes for a meeting's decisions to stop being decisions and become simply how things are on an estate: who is around in the evenings, where the boys go, which adults they trust, which doors are open. You go back once more, on a Thursday, to see which way things have settled.
{
- outcome_young_people == "connected":
    -> ending_safer
- outcome_young_people == "out-of-sight":
    -> ending_arrests
- else:
    -> ending_uneven
}

= ending_safer
It is a Thursday evening, a year after Tyrese was shot, and the parade has people in it who know the boys' names. #ending:safer-place
{parade == 2: The community centre opens four evenings a week now. Hafsa runs the five-a-side on Thursdays.|{parade == 3: The community centre is still locked, but Marcus's team is on the walkway every weekday.|The community centre is still locked, but more adults on the parade know the boys by name than a year ago.}} {plan == 3: Tyrese's family moved across the borough in the spring, when the transfer finally came through. He comes back on Thursdays to see his grandmother, and to help with the under-twelves.|Tyrese is sixteen and helps with the under-twelves on Thursdays. He has applied to college to do sports coaching.}
The line still runs in the borough. {op >= 2: Two of the men who ran it are in prison, after a year of slow work on the adults that Dan's bosses did not love.|One of the men who ran it has been charged.} The police say the estate is "harder to recruit from" now, and cannot quite say why. Nadia can: there are more adults on the estate who know the boys and would notice if one disappeared.
{terms == 2: The panel still meets at the station and still works its ladder, but it hears the Hollins parade as a standing item now, and Jas speaks first.|The meeting has {terms == 1: kept its new terms and its room at the library|become a standing meeting with terms of its own}. {outcome_partnership == "fragmenting": It has cost the police's full attention: Dan's unit sends a sergeant, when it sends anyone.|Rob says it is the most useful meeting he has ever chaired, and the most uncomfortable.}} {photos == 2: Nadia still brings the figures on who is stopped. They have moved, a little.}
-> END

= ending_arrests
It is a Thursday evening, a year after Tyrese was shot, and the parade is quiet. #ending:arrests-and-absence
By the measures the panel uses, the year was a success. {op == 1 || op == 3: There were dozens of searches, eleven arrests and four charges.} {parade == 1: The cameras work.} Complaints from residents are down. Those are real gains, and the people who live on the parade feel them.
{plan == 3: The transfer came through in the spring. Tyrese moved across the borough, away from the people who shot him and from everyone who knew him.} Tyrese was arrested in the summer, carrying drugs for the same line. His youth justice worker says he told her that after the shooting everybody wanted to know who his friends were, and nobody stopped the men. He is sixteen and has a criminal record.
The hospital still sees boys from the estate, hurt in stairwells and in the park in the next borough. {terms == 2: The panel still meets at the police station.|The meeting still happens, but the police send a sergeant.} {photos == 2: Nadia's figures have not moved.}
-> END

= ending_uneven
It is a Thursday evening, a year after Tyrese was shot, and the estate is neither safe nor lost. #ending:uneven
Some things changed. {parade == 2: The community centre opens one or two evenings a week, when a worker can be found.}{parade == 3: Marcus's team is on the walkway two days a week now, not five.}{parade == 4: The school has kept four of the seven boys in full time.}{parade == 5: Teresa still has the number on the wall.}{parade == 1: The cameras work, and the boys know where they do not reach.} Jas still sees boys from the estate in the emergency department, though fewer than last year.
Some things did not. {plan == 3: The transfer is still "in progress", and Joy has stopped asking.} Tyrese is out of school more than he is in. {plan == 2: His plan still says what each adult will do; some of them do it.|His safety plan, revised twice, still asks him to make safer choices and says little about what the adults will do.}
At the last meeting Nadia asked whether anyone had decided what it was trying to change: the boys, or the estate. Rob pointed to the goal in the minutes. Nadia said the goal was one thing and the plan another. There is no meeting planned to settle it.
-> END
