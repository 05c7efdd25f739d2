# title: Where and How (induction)
# summary: Your first weeks on the panel. A school asks for help after girls report being harassed, and a mentor walks you through the two questions this game asks of every response, and what "rules at play" means.
# themes: sexual harassment between pupils, a video taken in a changing room and shared (not described), sexist attitudes in a school
# minutes: 20 to 30
# site: Contextual safeguarding framework; the paper's school example
# setting: A secondary school and the panel that supports it
# place: school
# order: 0
# start: risk 5, anxiety 4, trust 5, youth-trust 4, time 90, guardianship 3, welcome 5, pull 4, harm 6, displacement 1
# present: mentor, school, police, youth-work
# commissioned: mentoring, healthy-relationships-sessions
# objectives: Explain what "rules at play" means and why it can make a school's culture, not only a pupil's behaviour, the target of the work
# objectives: Distinguish WHERE a response acts (the young person or the context) from HOW it acts (changing behaviour or changing conditions)
# objectives: Classify common responses the same way every time: an assembly, a move, dispersal, disruption, a strategy meeting, information gathering
# objectives: Notice what a frightened room reaches for, and name what each option gains and costs
# fact: hotspots = where in the school the harassment happens
# fact: girls-account = what happened when the girls told someone
# fact: chat-group = which group of boys the list came from and who keeps it going
# fact: report-count = how many reports of sexual harassment the school recorded last year
# cast: you = You, newly appointed panel member from children's social care, learning the work
# cast: mentor = Bev Achterberg, team manager and your mentor
# cast: school = Owen Marsh, designated safeguarding lead, Kestrel Park Academy
# cast: head-teacher = Dr Priya Lal, head teacher, Kestrel Park Academy
# cast: police = PC Lewis Hart, school liaison officer
# cast: youth-work = Jodie Crane, youth worker
# cast: young-person = Keira, 14, Year 9
# pressures: mentor = A new colleague to teach, and a panel that reaches for what it already knows
# pressures: school = Five reports in a month, stretched staff, parents and a local paper
# pressures: head-teacher = Governors asking for firmness, parents at the gate, and a video shared outside the school
# pressures: police = An image of a child shared online, which is an offence you must investigate, and three boys you already know
# pressures: youth-work = Open-access evenings you would have to drop to work with the group
# research: The game takes its name from a phrase in the framework the paper studies. Its first domain asks practitioners to look at the "rules at play" in a setting: young people's behaviour is read as an expression of the rules, norms and relationships of the places they spend time in, shaped by what they have access to, rather than as the thing to be fixed.
# research: The paper gives a school as its own example: where harm to a pupil comes from the school's culture, such as sexist norms, the school itself, not just the child, becomes the target of the work.
# research: The four domains ask a system to work on the social conditions of harm; to bring extra-familial contexts into child-protection and welfare frameworks; to build partnerships with those who shape those contexts; and to measure contextual change as well as change in the child.
# research: The authors separate two questions that panels tend to run together. Where does a response act: on the young person, or on the context? And how does it act: by trying to change young people's behaviour, or by changing the conditions that shape it? A plan can get the first right and not the second.
# research: Under high risk, the partnerships the paper observed tended to defer to policing and to methods that target individuals; the one site that talked openly about which kind of response it was choosing found it easier to work with young people and to blame them less.
# cite: Owens & Lloyd 2023, Contextual safeguarding and multi-agency approaches
# cite: Owens & Lloyd 2023, Competing epistemological positions
# cite: Owens & Lloyd 2023, Discussion
# cite: Owens & Lloyd 2023, Conclusion

VAR anxiety = 4
VAR youth_trust = 4
VAR outcome_young_people = "mixed"
VAR outcome_place = "unsettled"
VAR outcome_partnership = "reporting"
VAR sources = 0
VAR heard_girls = false
VAR walked = false
VAR asked_police = false
VAR met_head = false
VAR goal = ""
VAR school_plan = ""
VAR space_plan = ""
VAR boys_plan = ""
VAR crisis = ""
VAR review_plan = ""

-> welcome

=== welcome ===
Monday morning. Your first week on the extra-familial harm panel, and your mentor has cleared an hour to walk you through a case before you sit in on a real one. #section:induction #scene:room
Bev Achterberg has managed children's social care teams for twenty years. She puts two mugs on the table and a sheet of paper with a cross drawn on it. #speaker:mentor
"Everything this panel does, I want you to ask two questions of it," she says. "Where does it act? On the child, or on the world around the child: the school, the park, the friendship group, the estate? And how does it act? By trying to get young people to behave differently, or by changing the conditions that make the harm possible?" #speaker:mentor
She taps the four boxes of the cross. "People get the first question right far more often than the second. You'll see." #speaker:mentor
Then she turns the sheet over. On the back are four short lines in her handwriting. "And these are the four things the framework asks of any plan," she says. #speaker:mentor
"One: it goes after the conditions that make the harm possible, not only the child in front of you. Two: it brings the places outside the family, the corridor, the park, the group chat, into child protection and welfare, so that harm there gets a safeguarding response and not only a behaviour or community-safety one. Three: it works with the people who actually shape the place: teachers, youth workers, councillors, shopkeepers, transport staff, residents. Four: it measures whether the place got safer, not only whether a child's behaviour changed." #speaker:mentor
"Nobody meets all four all the time," she adds. "But if you can say which ones a plan meets and which it misses, you're ahead of most panels I've sat on." #speaker:mentor
She pauses, and then adds something she says nobody told her when she started. "Most of the people at a panel are decent and busy, and busy people reach for what they already know how to do. That's not a failing. It's just what happens. Your job, some days, is to slow the room down long enough for someone to ask whether what they know how to do is what this situation needs." #speaker:mentor
You ask her how she learned to think like this. She laughs. "Badly, and slowly. For years I thought a good plan was one where everyone around the table had something to do. It took me a long time to notice that a plan can keep every agency busy and leave the place exactly as it was." #speaker:mentor
"We'll use a live referral. It comes to panel in a fortnight, and you're going to do the groundwork for it with me. Kestrel Park Academy. Read it and tell me what you notice." #speaker:mentor
# facilitator: Reading the referral
# facilitator-minutes: 5
# facilitator-point: Five girls describe the same thing; the referral asks for help with individuals.
# facilitator-point: Each reading is reasonable: a pattern, a girl missing school, boys who must learn.
# facilitator-finding: Across the pilots, responses leaned heavily towards individual behaviour even where the pilots set out to change the conditions of harm.
# facilitator-cite: Owens & Lloyd 2023, Findings
# facilitator-ask: When a referral names five children, what would make your agency see one problem rather than five?
The referral is from Owen Marsh, the school's designated safeguarding lead. Over a month, five girls in Year 9 have reported boys grabbing them in corridors, commenting on their bodies, and sharing a list that ranks girls by looks. One girl, Keira, fourteen, has stopped coming to school on Thursdays, the day she has PE. The referral asks for "support for Keira and a strategy for the boys involved".
* [Notice that five girls describe the same thing, though the referral asks for help with individuals #where:context #how:ecological #why:It reads the harm as a pattern in the school, which points the work at the conditions there rather than at one girl and some boys.]
    "It names one girl and 'the boys involved'," you say. "But five girls are saying the same thing. That sounds like something about the school, not just about them."
    Bev smiles. "Hold on to that," she says. "And notice it's a reading, not a fact yet. You'll need to go and find out whether you're right." #speaker:mentor
* [Notice that Keira is missing school and needs a safeguarding response first #where:individual #how:ecological #why:It puts one girl's safety first and looks to the adults around her to make that possible, not to her own choices.]
    "Keira is missing school because of this," you say. "Whatever else happens, she needs someone to make sure she's safe and can come back."
    "Yes," says Bev. "Every child gets a safeguarding response first. Hold on to that. Then ask yourself whether Keira is the problem to be solved." #speaker:mentor
* [Notice that the boys need to learn that this behaviour is unacceptable #where:individual #how:behaviour #why:It places the answer in each boy understanding the rules and facing consequences, which is how most schools are set up to respond.]
    "The boys need to understand this is wrong," you say. "Someone has to tell them clearly, with consequences."
    "They do," says Bev, without any edge. "That's what most people say first, and it isn't wrong. The question is whether it's enough on its own." #speaker:mentor
- -> cross

=== cross ===
Bev slides the sheet with the cross towards you. On the left she has written "behaviour-based", on the right "ecological". Along the top, "the context"; along the bottom, "the young person". #speaker:mentor
"Owen rang me this morning," she says. "The school's first idea is an assembly for the Year 9 boys on respect and consent, this Friday, and detentions for the boys on the list. He wants to know whether the panel minds the assembly going ahead before we meet." #speaker:mentor #name-it:individual-behaviour
# facilitator: Placing the assembly on the cross
# facilitator-minutes: 6
# facilitator-point: An assembly reaches a whole year group and still works on each pupil’s knowledge and choices.
# facilitator-point: Waiting for staff to agree what they will do, or asking the girls, is slower and less visible.
# facilitator-finding: The paper sets a behaviour-based understanding of change, rooted in learning theory, against an ecological one that works on conditions.
# facilitator-cite: Owens & Lloyd 2023, Competing epistemological positions
# facilitator-ask: Where would each agency at your table put an assembly on the cross, and do you agree?
# facilitator-ask: What does a school gain by being seen to act this week?
# facilitator-name-it-ask: Where did the head teacher's wish to be seen to act this week pull your reading, and would the girls who reported read it the same way?
"Before you tell me what you'd say to him: where would you put that on the cross? Then tell me what you'd advise." #speaker:mentor
* [Tell Owen to go ahead on Friday: the boys should hear from the school this week #where:individual #how:behaviour #why:An assembly is delivered to many but works on each boy's knowledge and choices, so it acts on the young person, by changing behaviour.]
    "Let it go ahead," you say. "The boys should hear from the school, this week, that it's noticed and that it's not acceptable."
    "There's sense in that," says Bev. "Parents who have rung in will hear that something was said. Some boys will think twice, for a while. And the girls will know the school hasn't ignored them." #speaker:mentor
    "What it leaves," she adds, "is the corridor exactly as it was on Thursday. And some girls hear an assembly as 'dealt with'. Keep an eye on whether they do." #speaker:mentor
* [Suggest the assembly waits until staff have agreed what they will do when they see or hear it #where:context #how:ecological #why:It makes the staff's practice, not the boys' knowledge, the first thing to change, which acts on the conditions in the school.]
    "I'd ask him to hold it," you say, "until the staff have agreed what they'll do when they hear it in a corridor. Otherwise the boys hear a message on Friday that nobody backs up on Monday."
    Bev nods. "That's a defensible call, and it's not free," she says. "Owen has parents on the phone. A week with no visible response will feel like a week of doing nothing, to them and to him. He may go ahead anyway." #speaker:mentor
* [Ask whether anyone has asked the girls who reported what they would want said #unscored]
    "Has anyone asked the girls what they'd want said?" you ask.
    Bev checks her notes. "Not that I can see." She writes it down. "Fair question. It doesn't answer Owen, though, and he wants an answer by lunchtime. Assemblies go ahead while people are still asking questions." #speaker:mentor
- Bev puts her pen down. "Let me tell you why this panel, and this whole way of working, keeps coming back to one phrase. 'Rules at play.'" #speaker:mentor
"The framework we use asks you to look at the rules at play in a place. Not the written rules: the real ones. Who can say what to whom in that corridor. What the adults let go. Who gets believed. What it costs a girl to tell. In that way of thinking, what a young person does isn't where the work starts. It's an expression of those rules, and of the relationships and the choices the place actually gives them." #speaker:mentor
"So if a boy grabs a girl in a corridor and everyone laughs, the boy has done something wrong, and he's also showing you the rules of that corridor. Change only the boy, and the corridor teaches the next one." #speaker:mentor
Her handout cites the paper the panel's training is built on, Owens and Lloyd, 2023, and its example is close to this one: where harm to a pupil comes from a school's sexist culture, the school becomes the target of the work, not only the child.
"One more thing before you go," Bev says, and hands you a card. "The panel files every response the same way, so we can argue about the plan instead of the labels. Learn these." #speaker:mentor
The card reads, in her handwriting: an assembly or a talk to a year group works on each young person's knowledge and choices, so it is the young person and behaviour, however many are in the hall. Moving one young person, to another school or another placement, is the young person and behaviour. Moving a group on from a place, or banning young people from it, is the context and behaviour. Warning off or arresting the adults who exploit a place is the context and behaviour too, and people argue about that one. A strategy meeting about one child is the young person, ecological; a planning meeting about a place or a group is the context, ecological. Asking questions and reading records are not on the cross at all: they're how you find out. Neither is deciding to do nothing.
"And safety plans," Bev says. "If the lines say 'I will', it's behaviour. If they say what the adults will do, it's ecological. That one catches everybody." #speaker:mentor
-> scoping

=== scoping ===
"Right," says Bev. "You have a fortnight before the panel. Who do you talk to?" #section:scoping #speaker:mentor
She explains that a location assessment, even one inside a school, starts with the people who know the place best and then looks at it for itself, at different times. "You won't have time for everything," she says. "Nobody ever does. So choose, and notice what you're choosing. What you don't ask, you won't know at the panel." #speaker:mentor
You have time for two conversations or visits before the panel. Each one takes a morning you had planned to spend on your own caseload. Bev will cover the paperwork.
-> hub

= hub
# facilitator: Who to talk to first
# facilitator-minutes: 6
# facilitator-point: The girls who reported, the school at lesson change, the police liaison officer, or the head: two of these.
# facilitator-point: A location assessment starts with the people who know the place and then looks at the place itself.
# facilitator-finding: Practice resources in the pilots asked about the social conditions of harm, but how they were used varied from site to site.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: Which of these would you have chosen in your first fortnight, and why?
{
- sources == 1:
    "And who else?" says Bev. #speaker:mentor
}
* [Meet the girls who reported, as a group, with a worker they trust #unscored #youth-trust:+1] -> girls(-> heard)
* [Walk the school at lesson change and lunchtime with the safeguarding lead #unscored #trust:+1] -> walk(-> heard)
* [Ask the police liaison officer what he knows about the boys and the list #unscored] -> police_view(-> heard)
* [Ask the head teacher how the school handles reports of harassment #unscored #brings:head-teacher] -> head(-> heard)

= heard
~ sources += 1
{sources < 2: -> hub}
-> weighting

= girls(-> next)
~ heard_girls = true
Jodie Crane, a youth worker the girls already know from an after-school drama group, sets up a session in the library after school. Four of the five come. #scene:school
At first they talk about the list. Then they talk about everything else. The boys who grab and then say it's a joke. The teacher who told one of them to "take it as a compliment". The corridor by the science block where there's never a member of staff on the far staircase. The PE changing rooms, where the boys' door and the girls' door open onto the same small lobby and someone is always holding up a phone. #learns:hotspots
Keira says very little. Near the end she says she reported it once in Year 8 and "nothing happened except everyone found out I'd told". #speaker:young-person #learns:girls-account
When you ask what would help, one girl says: "Teachers actually doing something when they see it. Not an assembly." The others laugh, not unkindly.
On the way out, Jodie tells you the girls have been walking each other between lessons for a month, in pairs, on a rota they made themselves. "They've been doing the school's job," she says. #speaker:youth-work
-> next

= walk(-> next)
~ walked = true
Owen Marsh walks you round at the end of period three. The corridors fill in seconds. #scene:school
He points out the science corridor: narrow, no windows, two staircases at either end. There is a member of staff on duty at one staircase. At the other, nobody. In ninety seconds you hear two comments you would not repeat and see one girl pushed into a wall, laughing in a way that does not look like laughing. #learns:hotspots
At lunchtime the field is better supervised. The canteen is loud but fine. The PE block is locked between lessons, but at the start of lessons the boys' and girls' changing-room doors open onto the same small lobby, and there is no adult in it.
Owen is quiet on the way back. "I've walked these corridors for six years," he says. "I don't think I've ever looked at them like that." #speaker:school
-> next

= police_view(-> next)
~ asked_police = true
PC Lewis Hart, the school's liaison officer, meets you in the reception area. He knows three of the boys by name. #scene:school #speaker:police
"Two of them I've spoken to about other things: a fight outside the leisure centre, some shoplifting. The list isn't theirs, though, not really. It came out of a group chat a couple of Year 11 lads set up last year. They add the names and the scores, and the Year 9s do the running about to impress them. I know who the Year 11s are." #speaker:police #learns:chat-group
"I could look at whether an offence has been committed, but I'd need the girls to give statements, and in my experience they won't." #speaker:police
He offers to give a talk to Year 9 on the law about sharing images, which he does at most schools in the area. When you ask what he sees in the school itself, he thinks about it. "I'm only in on Wednesdays. The Year 9s are scared of the Year 11s. Most of what goes on, goes on because the older ones think it's funny." #speaker:police
-> next

= head(-> next)
~ met_head = true
Dr Priya Lal, the head teacher, gives you twenty minutes between meetings. She is direct. #scene:school #speaker:head-teacher
"We have a behaviour policy, and boys who do this get sanctions. We've excluded two this year. What more do you want us to do?" #speaker:head-teacher
You ask how many reports of sexual harassment the school recorded last year. She checks. Four, in a school of twelve hundred. She frowns at the number before you say anything. "That can't be right," she says. "Can it?" #speaker:head-teacher #learns:report-count
By the end of the twenty minutes she has agreed to come to the panel. "If it's the school, I want to hear it," she says. "I'd rather hear it from you than from Ofsted." #speaker:head-teacher
-> next

=== weighting ===
You and Bev lay out what you have found, on her desk, in the order you found it. #section:weighting #scene:room
Bev reminds you of the location assessment's headings: what the young people themselves bring, good and bad; who offers guardianship, meaning adults with a caring intention who are actually there; and the resources, environment and policies of the place. "Fill in all three with what you know," she says, "and leave a gap where you don't. A gap you can see is better than one you've papered over." #speaker:mentor
{
- heard_girls:
    What the young people bring: a great deal. The girls know exactly where and when it happens, and they have been looking after each other on a rota of their own. They have also learned that telling costs more than it gains: Keira's report in Year 8 went nowhere except round the year group.
- else:
    What the young people bring: you cannot honestly fill this in. You have not heard from any of the girls directly, only about them. Bev notices too. "Whose voice is this plan going to be built on?" she asks. #speaker:mentor #youth-trust:-1
}
{
- walked:
    Guardianship: patchy. You stood on the science corridor and saw the staircase with no adult on it, and the changing-room lobby with nobody in it at all. Owen saw it too, for the first time in six years.
- heard_girls:
    Guardianship: patchy, on the girls' account. They named the far staircase of the science corridor and the changing-room lobby. You have not seen either yourself.
- else:
    Guardianship: you do not know. Owen's referral says the duty rota is "fully staffed". Nobody has told you where in the building this happens, and you have not been to look.
}
{
- met_head:
    Resources, environment and policy: the behaviour policy says the right things. But four recorded reports of sexual harassment in a year, in a school of twelve hundred, says that reports are not reaching anyone, or not being written down. Dr Lal did not believe the number either.
- else:
    Resources, environment and policy: the behaviour policy says the right things. Whether practice follows it, you cannot say. Owen thinks the school records "a handful" of reports a year; nobody has checked.
}
{
- asked_police:
    And the peer group: PC Hart says the list is not really the Year 9 boys' at all. It is scored in a chat run by two Year 11 boys, and the younger ones do the running about to impress them.
- else:
    And the peer group: the referral says "the boys involved". Who they are to each other, and where the list came from, you do not know.
}
# facilitator: Which context drives the harm
# facilitator-minutes: 7
# facilitator-point: The group chat and the list, the school’s culture, or the individual boys.
# facilitator-point: Breaking a peer group’s hold sounds contextual; ask how it would be done.
# facilitator-finding: The paper’s example: if a school’s sexist culture drives harm, the school itself, not only the child, is the place to work.
# facilitator-cite: Owens & Lloyd 2023, Contextual safeguarding and multi-agency approaches
# facilitator-ask: What are the unwritten rules of that corridor, and who sets them?
"So," says Bev. "On what you've got: which context has the most influence on this harm? What has to change first?" #speaker:mentor
* [The boys' group chat and the list: the peer group is where it starts, and breaking its hold comes first #where:context #how:behaviour #why:It names a context, the peer group, but plans to change it by breaking it up and punishing it, which works on behaviour rather than on what holds the group together.]
    "The peer group," you say. "{asked_police:The list comes from the Year 11s' chat.|The list came from their group chat.} If that group is broken up and the ringleaders face consequences, the rest follows."
    "The peer group is a context," Bev agrees. "Now think about how you'd change it. Breaking up a group is one way, and sometimes it's needed. Working with what holds it together is another. They aren't the same thing." #speaker:mentor
* [The school's culture: staff who let it pass, unsupervised spaces, reports that go nowhere #where:context #how:ecological #why:It names the school's own practice and spaces as what has to change, which acts on the conditions of the harm.]
    "The school," you say. "Not the building, the culture. Staff who hear it and don't act, spaces nobody watches, and a reporting system girls have learned not to trust."
    Bev nods slowly. "That's the paper's own example," she says. "And be ready for it to land badly. Owen has worked hard this month. Hearing that his school is the problem will not feel like help." #speaker:mentor
* [The individual boys who are doing it #where:individual #how:behaviour #why:It locates the harm in particular boys and their choices, so the work that follows acts on them one by one.]
    "The boys who are doing it," you say. "Without them, there's no harm."
    "True, and it's where the law and the school's policy will start too," says Bev. "Ask yourself, though: if three of them are excluded tomorrow, does the corridor change?" #speaker:mentor
- -> goals

=== goals ===
# facilitator: Choosing a goal
# facilitator-minutes: 6
# facilitator-point: Sanctions and falling reports, girls feeling safe with reports going up first, or Keira back in school with a trusted adult.
# facilitator-point: A goal where reports rise before they fall is hard to explain to governors.
# facilitator-finding: Partnerships often assumed they shared an approach and so rarely negotiated it; setting a goal is one place to have that conversation.
# facilitator-cite: Owens & Lloyd 2023, Conclusion
# facilitator-ask: Which goal would your agency find hardest to defend to its own managers, and why?
"Before responses, goals," says Bev. "What would success look like in a term's time, and how would you know? Pick one. The panel will judge its plan against it, so pick one you're willing to be measured by." #section:goals #speaker:mentor
* [Goal: the boys named face consequences, and incidents reported fall #goal #where:individual #how:behaviour #cost:It counts only what girls choose to report, and they have learned not to #benefit:Clear, quick to show, and what parents and governors expect to see #why:It measures success by sanctions on particular boys and by fewer reports, both about individual behaviour.]
    ~ goal = "sanction"
    You write it down. Bev reads it back. "Clear, and people will understand it," she says. "Just remember that a fall in reports can mean two opposite things." #speaker:mentor
* [Goal: girls feel safe in corridors and changing rooms, staff act when they see harassment, and reports go up before they go down #goal #where:context #how:ecological #domain:measure #domain:target #cost:Reports will rise first, which looks like failure to governors and parents for a term or more #benefit:It measures whether the school changed, not only whether some boys did #why:It measures the school itself, its staff and spaces, which is a change in the conditions of the harm.]
    ~ goal = "culture"
    You write it down. Bev reads the last part twice. "Reports going up as a sign of success," she says. "Someone will have to explain that to the governors, and to a parent who reads it in the paper. It might be you." #speaker:mentor
* [Goal: Keira is back in school full time, with an adult she trusts keeping an eye out for her #goal #where:individual #how:ecological #domain:welfare #cost:One girl's return can hide a corridor that has not changed for anyone else #benefit:A clear safeguarding aim for the child most affected, that can be checked within weeks #why:It seeks safety for one girl through the adults around her rather than through her own choices.]
    ~ goal = "keira"
    You write it down. "That matters, and you'll know quickly whether you've done it," says Bev. "Ask yourself whether it's enough. If Keira comes back to the same corridor, what's changed?" #speaker:mentor
- -> panel

=== panel ===
Two weeks later, the panel meets at the school. You sit beside Bev and watch. #section:discussion #scene:room
The meeting room is the school library after hours. Someone has pushed the tables together. There are biscuits, a projector nobody switches on, and a copy of the school's behaviour policy at every place.
Bev has told you to watch three things: who speaks first, whose account of the problem the meeting adopts, and whether anyone asks what the girls want. "You'll learn more from that than from the minutes," she said.
{
- met_head:
    Dr Lal is at the table, which Owen tells you quietly has never happened before. She has brought the figure of four reports, printed, and put it face down in front of her.
- else:
    The head teacher has sent her apologies: a governors' committee. Owen Marsh represents the school, and says he will "take anything back".
}
PC Hart has his notebook out. Jodie is watching the door, as if expecting someone who is not coming.
Owen opens. He wants "a clear message" to the boys: the police liaison officer's talk on image sharing, a behaviour contract for the six boys on the list, and a series of healthy relationships sessions for the girls who reported, "so they know what's not OK and what to do". #speaker:school #name-it:individual-behaviour
Bev leans over and whispers: "Which box?" #speaker:mentor
Owen has clearly thought hard about this, and he speaks well. He has had a difficult month: two of the boys' parents have complained that their sons are being "singled out", and one of the girls' fathers has threatened to go to the press. He wants to be seen to act, and he wants the panel's support when he does. #speaker:school
-> proposals

= proposals
# facilitator: What the school does
# facilitator-minutes: 8
# facilitator-point: Behaviour contracts and a police talk are quick and visible; sessions for the girls who reported put the learning on them.
# facilitator-point: A whole-school review led by the head changes how staff respond, and costs Owen something in front of his head.
# facilitator-finding: The pilots showed responses aimed at victims’ behaviour as well as at those seen as causing harm.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: Who has to learn something under each proposal: the boys, the girls or the staff?
# facilitator-ask: What would the head need from the panel to lead a review rather than receive one?
* [Support behaviour contracts for the six boys and PC Hart's talk to Year 9 #where:individual #how:behaviour #adopt #agency:school #key #pressure #cost:The corridor and the changing rooms stay as they are, and the boys' parents' complaints grow #benefit:Quick and visible, the school feels backed, and the corridor quietens this month #why:Contracts and a talk work on each boy's choices through rules, warning and consequence, one boy at a time. #harm:-1 #displacement:+1 #anxiety:-1 #trust:+1]
    ~ school_plan = "contracts"
    The panel agrees. Owen will draw up the contracts this week; PC Hart will give his talk to Year 9 next month. It is concrete and quick, and everyone can see what has been done. Owen looks, for the first time this afternoon, as if he might sleep tonight.
    Jodie asks what the contracts will say about the corridor. Owen says the contracts are about behaviour, which is the point.
* [Back healthy relationships sessions for the girls who reported #where:individual #how:behaviour #adopt #agency:school #service:healthy-relationships-sessions #cost:The girls may hear that they are the ones who needed to change #benefit:The girls get a protected hour a week with a trusted adult, this term #why:Sessions on what is and is not OK work on each girl's knowledge and choices, so they act on the young people by changing behaviour. #youth-trust:-1 #anxiety:-1]
    ~ school_plan = "sessions"
    The panel agrees to offer the girls six sessions on healthy relationships with the school's counsellor. It is a real hour a week, with an adult who will listen, and two of the girls have asked for exactly that.
    Jodie asks quietly whether the girls were the ones who needed to learn anything. Nobody answers, and the item is minuted as agreed.
* [Propose a whole-school review of how staff respond to harassment, led by the head teacher #where:context #how:ecological #adopt #agency:head-teacher #needs:head-teacher #domain:target #domain:partnership #cost:Staff training time, a governors' item every half term, and a school that feels it is on trial #benefit:Changes what every adult does when they see it, for every pupil, with the head's weight behind it #why:It changes the school's own practice, its training, its reporting route and its promise to reply, which are conditions rather than pupils' choices. #guardianship:+2 #welcome:+1 #youth-trust:+1 #anxiety:+1 #time:-15]
    ~ school_plan = "review"
    Dr Lal agrees to lead it herself. Staff training on what harassment looks like and what to do when they see it; a new way for pupils to report that does not go through their form tutor; and a promise that every report gets a reply within a week. "I want the governors to see the numbers every half term," she says. #speaker:head-teacher
    Owen writes it down without looking up. Afterwards he tells you that he agrees with every word of it, and that it felt like being marked in front of his boss. The contracts he wanted are not in the plan.
* {not met_head} [Ask Owen to take a proposal for a whole-school review to the head and governors #where:context #how:ecological #adopt #agency:school #domain:target #cost:Slower and second-hand, since the head has not heard the case and it must compete with everything else on her desk #benefit:The work on staff practice starts without waiting for the head to come to a panel #why:It aims at the school's practice and reporting rather than at pupils, though it relies on one member of staff to carry it. #guardianship:+1 #trust:-1 #time:-10]
    ~ school_plan = "owen-review"
    Owen agrees to take it to Dr Lal and the governors' safeguarding committee. He is honest about what that means. "It'll be on an agenda in three weeks. I can't promise what comes out of it." #speaker:school
    The contracts he wanted are not in the plan. He does not say anything about that, but he writes very little else for the rest of the meeting.
- -> spaces

= spaces
Jodie Crane has been waiting to speak. #speaker:youth-work
{
- heard_girls && walked:
    "Can we talk about where it happens? The girls told us, and you've both seen it. The far staircase on the science corridor at lesson change, and the changing-room lobby where the two doors face each other. Staff on that staircase and the doors rehung. It's not glamorous, but it's where it happens." #speaker:youth-work #name-it:context-ecological
- heard_girls:
    "Can we talk about where it happens? The girls told us exactly: the far staircase on the science corridor at lesson change, and the changing-room lobby where the two doors face each other. Staff on that staircase, and the doors rehung. It's not glamorous, but it's where it happens." #speaker:youth-work #name-it:context-ecological
- walked:
    "Can we talk about where it happens? You walked it with Owen. The far staircase on the science corridor, and the changing-room lobby with no adult in it. Staff on that staircase, and the doors rehung. It's not glamorous, but it's where it happens." #speaker:youth-work #name-it:context-ecological
- else:
    "Can we talk about where in the building it happens? Because I don't know, and I don't think anyone here does. If we don't know where, the only thing I can suggest is adults everywhere at lesson change, and that's a lot of adults." #speaker:youth-work #name-it:context-ecological
}
# facilitator: Supervision and spaces
# facilitator-minutes: 6
# facilitator-point: Staff on the far staircase and rehung doors change the place; cameras watch it; staff on every corridor is a promise the rota may not keep.
# facilitator-point: Saying supervision is the school’s business is a real view about the panel’s remit.
# facilitator-finding: Partnerships often chose the right place to act while keeping a method that watches and corrects young people rather than changing the conditions.
# facilitator-cite: Owens & Lloyd 2023, Implications for contextual safeguarding
# facilitator-ask: What is the difference between a camera and a member of staff on that staircase, for a girl walking past?
Owen says that if anything goes up in the corridors, he'd rather it was cameras than his staff's breaks. The staff are stretched already, he says, and a camera doesn't call in sick. #speaker:school
* [Agree staff on the far science staircase at every lesson change, and the changing-room doors rehung so they no longer face each other #where:context #how:ecological #key #adopt #agency:youth-work #needs-known:hotspots #domain:target #cost:Two teachers give up part of every break, and the site team needs money for the doors #benefit:Adults are present exactly where the harm happens, from Monday #why:It adds caring adults to the two places the harm happens and changes the layout, which are conditions rather than pupils' choices. #guardianship:+2 #welcome:+1 #youth-trust:+1 #time:-10]
    ~ space_plan = "targeted"
    Owen says the doors will need the site team and money he will have to find from the premises budget, but the staircase duty can start on Monday. He writes it down himself, and then, after a moment, puts his own name on the first week of the rota. #map:corridor-staffed
* [Ask for a member of staff on every corridor at every lesson change #where:context #how:ecological #adopt #agency:youth-work #cost:Staff goodwill and break time across the whole school, spread thin where it is not needed #benefit:Does not depend on knowing where it happens, and puts adults everywhere at once #why:It adds adults to the school's spaces, a change in guardianship, though spread across all of them rather than aimed. #guardianship:+1 #trust:-1 #time:-10]
    ~ space_plan = "blanket"
    Owen agrees, with visible reluctance. Every corridor, every lesson change, means a new duty for forty staff. "The union rep will be in my office by Wednesday," he says. "But fine. If it helps." #speaker:school
* [Back Owen's idea of cameras on the main corridors #where:context #how:behaviour #contested #adopt #agency:school #cost:The money comes out of the school's budget, and a camera records harassment but does not step in #benefit:Evidence for sanctions, and a visible change that reassures parents this term #why:Cameras act on the place but work through surveillance and deterrence, changing what pupils dare to do in view, though some would count a watched corridor as guardianship. #harm:-1 #displacement:+1 #anxiety:-1]
    ~ space_plan = "cctv"
    The panel agrees to support the school's bid for cameras on the main corridors. Owen is relieved; it is something he can tell the parents by Friday. Jodie points out that there will be no cameras in the changing-room lobby, and could not be. Nobody disagrees.
* [Say that supervision is the school's business, not the panel's #unscored #trust:-1]
    ~ space_plan = "none"
    "That's an operational matter for the school," you say. Owen looks relieved that nobody is about to rewrite his rota. Jodie sits back. Bev writes something on her pad and does not show you. #speaker:you
- -> boys

= boys
# facilitator: The boys
# facilitator-minutes: 6
# facilitator-point: Mentoring is what the borough sends almost everything to; work with the group is about what the group expects of its members.
# facilitator-point: Holding the referrals avoids labelling on a guess, and changes nothing this term.
# facilitator-finding: One site leaned heavily on mentoring and another had none; what was commissioned shaped what partnerships reached for.
# facilitator-cite: Owens & Lloyd 2023, Findings: Safeguarding practice targeting individual behaviours
# facilitator-ask: What does your area commission that it reaches for by default, and what does it not have at all?
PC Hart raises the boys again. "The borough has a mentoring scheme. Good people. I could refer the three I know. They'd each get an adult, one to one, once a week." #speaker:police #name-it:individual-behaviour
{
- asked_police:
    Jodie turns to him. "You told us the list is scored by two Year 11s. What if I worked with the group, not the boys one by one? Year 9 and the two older ones, together, about what the group expects of them and what it would take to stop." #speaker:youth-work
- else:
    Jodie says she would rather work with the boys' friendship group than with each boy alone. "But I'd need to know which group. Nobody here has said where the list actually comes from." #speaker:youth-work
}
* [Refer the three boys PC Hart knows to the mentoring scheme #where:individual #how:behaviour #adopt #agency:police #service:mentoring #cost:A six-week wait for a mentor, and three boys out of a whole chat #benefit:Each boy gets a steady adult, and the referrals go this week #why:One-to-one mentoring works on each boy's choices and self-image, so it acts on the young people by changing behaviour. #risk:-1 #anxiety:-1]
    ~ boys_plan = "mentoring"
    The panel agrees. The referrals will go this week; the scheme has a waiting list of about six weeks. Bev notes afterwards that the borough sends almost everything to mentoring. "Sometimes that's right," she says. "Just notice when it's the only tool on the table." #speaker:mentor
* [Ask Jodie to work with the boys' group, including the two Year 11s, on what the group expects of its members #where:context #how:ecological #adopt #agency:youth-work #needs-known:chat-group #domain:target #cost:Two evenings a week of Jodie's time for a term, and the boys may not come #benefit:Works with what holds the group together, including the older boys who set its rules #why:It works with the peer group as a group and with the expectations that hold it together, rather than on each boy's choices. #guardianship:+1 #welcome:+1 #youth-trust:+1 #time:-10]
    ~ boys_plan = "group"
    Jodie agrees. "Not a lecture," she says. "A space where they can say what the group expects of them, and what they'd change if they could." She will have to drop one of her open-access evenings to do it, and she says so. #speaker:youth-work
* [Hold the boys' referrals until the school and the police know more #unscored]
    ~ boys_plan = "none"
    The panel agrees to leave the boys to the school's own sanctions for now. Nobody is labelled on a guess, and nothing new happens for the boys this term. PC Hart closes his notebook.
- -> pressure

=== pressure ===
A week later, a video of a Year 9 girl in the changing room appears on a group chat. It has been shared outside the school. #section:pressure #risk:+2 #anxiety:+2 #scene:school
The school's phone does not stop. Two parents go to the local paper.
{
- met_head:
    Dr Lal rings you herself, before nine. "I need the panel in my office at two," she says. "All of you." #speaker:head-teacher
- else:
    You have never met Dr Lal. She rings Bev, and Bev rings you. The head wants the panel in her office at two.
}
The girl in the video is not one of the five who reported. She is in Year 9, and she did not know she was being filmed. Her parents found out from another parent. Owen says she is at home and will not come out of her room. He has followed the national advice for schools: nobody on the staff has opened the video.
Bev texts you before the meeting: "This is where plans get thrown away. Watch what the room reaches for when it's frightened. And notice there are two kinds of meeting you could ask for today: one about her, and one about the place it happened. Both are safeguarding." #speaker:mentor
The meeting is in Dr Lal's office, with the door shut. Nobody takes a biscuit. Owen has a list of the boys he thinks were in the changing-room lobby, and a second list of the boys he thinks shared the video, and the two lists are not the same. Jodie has spent the morning with the five girls who reported, who are furious, and frightened that they will be blamed.
PC Hart has already spoken to his sergeant. "Sharing an image like that of anyone under eighteen is an offence," he says. "We'll investigate whatever happens here. The question is what the school does today." #speaker:police
Dr Lal says the boys on Owen's first list should be suspended today. "Parents need to see that we've acted," she says. #speaker:head-teacher #name-it:individual-behaviour
{anxiety >= 7: The room is frightened. PC Hart wants the boys interviewed today and the suspensions announced before the paper's deadline. Owen agrees. Everyone is looking at you, as if the new person might have the answer.|The room is shaken, but steady. People look to you to say what comes first.}
-> choice

= choice
# facilitator: The video
# facilitator-minutes: 10
# facilitator-point: Sharing an indecent image of anyone under 18 is an offence, and the police will investigate whatever the panel decides.
# facilitator-point: Suspensions show parents the school has acted; a strategy discussion treats the girl, and possibly the boys, as children needing safeguarding; a planning meeting looks at the lobby and the chats.
# facilitator-finding: Under high risk and anxiety, the authors found partnerships relying on responses aimed at individuals, partly as a defence against the size of the problem.
# facilitator-cite: Owens & Lloyd 2023, Discussion: Extra-familial harm
# facilitator-ask: What is this room most afraid of today, and which option answers that fear?
# facilitator-ask: Who will the girl in the video hear from first under each option?
* [Support suspending the boys on Owen's first list, and the police investigation #where:individual #how:behaviour #adopt #agency:police #pressure #cost:The girl's own support is left to a phone call from her head of year, and the boys who shared it are still in school #benefit:Decisive and visible today, and the school can tell parents and the paper that it has acted #why:Suspension and investigation act on particular boys through sanction and deterrence, which is changing behaviour, one boy at a time. #displacement:+1 #harm:-1 #anxiety:-2 #risk:-1 #trust:+1 #youth-trust:-1]
    ~ crisis = "exclusion"
    The boys are suspended for five days and PC Hart opens an investigation. It is decisive and visible; by four o'clock the school has a statement the paper can print, and the phone calls slow down. Jodie asks who is making sure the girl in the video is all right. Owen says her head of year has called home.
* [Ask for a strategy discussion today about the girl, with the boys treated as children who may need safeguarding too, while the police investigate #where:individual #how:ecological #adopt #agency:social-care #domain:welfare #cost:Nobody is suspended today, parents hear only that the school is still considering, and the meeting eats the afternoon #benefit:The girl and her family get a plan, the video is reported for removal, and the boys are seen as children too #why:A strategy discussion about one child mobilises the adults and services around her, which is ecological work with the individual. #anxiety:+1 #youth-trust:+1 #time:-15]
    ~ crisis = "strategy"
    You ask for a strategy discussion that afternoon, with the girl's family told and her wishes asked: support for her, the video reported for removal through the routes for images of children, and the boys treated as children who may also need safeguarding while the police do their job. Dr Lal says the school will "consider sanctions when the facts are known". The paper prints that sentence the next morning, and two more parents ring.
* [Ask for a planning meeting this week about the changing-room lobby and the year-group chats, and leave the girl's support to her head of year #where:context #how:ecological #adopt #agency:youth-work #domain:target #cost:The girl herself gets a phone call, not a plan, on the worst day of her school life #benefit:Deals with the place and the chats where it happened, for every pupil who uses them #why:A planning meeting about a place and a group acts on the context, through adults and practice, which is ecological work at the level of the school. #guardianship:+1 #harm:0 #anxiety:+1 #time:-10]
    ~ crisis = "level2"
    You ask for a planning meeting this week about the changing-room lobby and the Year 9 chats, with the PE staff, the site team and Jodie. Owen agrees that the girl's head of year will keep in touch with her family. Jodie looks at you for a moment longer than usual. "She's at home in her room," she says. "Somebody should be asking what she needs." #speaker:youth-work
* [Ask the group to pause: what are we most afraid of? #unscored #pause]
    "Five minutes," you say. "What are each of us most afraid of right now?" #speaker:you
    Dr Lal says: the paper. Owen says: that he missed this. PC Hart says: that it happens again next week. Jodie says: that the girls stop telling anyone. It is quiet afterwards, and ten minutes of a short meeting have gone.
    -> choice
- Bev's text arrives that evening. "Whatever you decided," it says, "notice what it was aimed at. The girl, the boys, the school, or the fear in the room. All four were in there today." #speaker:mentor
-> readback

=== readback ===
When the meeting in Dr Lal's office breaks up, Bev walks you to the car park and asks you to list everything the panel agreed over the two meetings, and to put each one on the cross. #section:plan #scene:school
You do it on the back of the agenda, leaning on the roof of her car.
{
- school_plan == "contracts":
    The behaviour contracts and PC Hart's talk go bottom left: the boys, one by one, through rules and warning.
- school_plan == "sessions":
    The healthy relationships sessions go bottom left: the girls, one by one, through what they know and choose.
- school_plan == "review":
    Dr Lal's whole-school review goes top right: the staff, the reporting route, the promise to reply.
- else:
    The review Owen is carrying to the governors goes top right, with a question mark beside it for whether it will happen.
}
{
- space_plan == "targeted":
    The staircase duty and the rehung doors go top right, and you press harder with the pen.
- space_plan == "blanket":
    The staff on every corridor go top right, though you draw the mark thin.
- space_plan == "cctv":
    The cameras you argue about with yourself. They act on the corridor, so top; they work by watching, so left. You put them top left.
- else:
    For the corridor and the changing rooms, you write nothing. The panel left them to the school.
}
{
- boys_plan == "mentoring":
    The mentoring goes bottom left.
- boys_plan == "group":
    Jodie's work with the group goes top right.
- else:
    For the boys, beyond the school's own sanctions, nothing yet.
}
{
- crisis == "exclusion":
    The suspensions go bottom left, heavily.
- crisis == "strategy":
    The strategy discussion for the girl goes bottom right: one child, and the adults around her.
- else:
    The planning meeting about the lobby and the chats goes top right. The girl herself, you notice, is nowhere on the sheet.
}
"Now look at it as a whole," Bev says. "If you were Keira, which of those would you notice? If you were one of the boys? If you were a teacher on the science corridor on a wet Thursday?" #speaker:mentor
You look at it for a long time. It is a more useful question than anything you were asked in training.
"Keep that sheet," she says. "We'll come back to it." #speaker:mentor
-> first_timeskip

=== first_timeskip ===
# facilitator: Half a term on
# facilitator-minutes: 4
# facilitator-point: What was adopted now acts on the school; ask the room to predict what staff, the girls and the police will report.
# facilitator-finding: How a response is delivered can change a place whatever its stated aim; the authors ask partnerships to notice the orientation of what they do.
# facilitator-cite: Owens & Lloyd 2023, Implications for contextual safeguarding
# facilitator-ask: What would tell you the corridor has changed, rather than that reports have stopped?
Half a term later. #timeskip:Half a term later #section:timeskip #scene:school
Half a term is six weeks in a school: long enough for a new habit to start, and long enough for an old one to come back. Bev asks you to go and find out which, rather than wait for the report.
You spend a morning at the school: lesson change, break and lunch. You talk to Owen, to Jodie, and, briefly and with her permission, to Keira.
You also ask to speak to two of the boys from the list, with Jodie there. They are fourteen, and they look it. One says the list "wasn't even his idea" and that everyone in the year was on a chat that did the same kind of thing. The other says nothing for ten minutes and then asks whether it will go on his record. {asked_police:Both of them, you notice, are frightened of the two Year 11 boys PC Hart named.|Both of them, you notice, keep mentioning some older boys, and neither will say who.}
In the staff room, a teacher you have not met tells you, unprompted, that she never knew what she was supposed to do when she heard "that kind of thing" in a corridor. {school_plan == "review":"The training's next week," she adds. "First time anyone's asked."|"Nobody ever told us," she says. "So mostly we didn't do anything."}
{
- outcome_place == "watched-over":
    The school feels different at lesson change. {space_plan == "targeted":There are staff on both staircases of the science corridor now, and the changing-room doors have been rehung. Owen says the corridor is "boring", and means it as praise.|Staff step in more than they did, and pupils have noticed.} {space_plan == "blanket":The rota is holding, just. Two staff have asked to come off it.}
- outcome_place == "quiet-but-displaced":
    The corridor is quieter in lesson time. {space_plan == "cctv":The cameras went up in week three, and the complaints from parents have fallen away.} But the girls Jodie sees say the comments have moved to the bus home and to the chats, where no member of staff can see them.
- else:
    On the surface, not much has changed at lesson change. {space_plan == "cctv":The cameras went up in week three, and parents have stopped ringing. The far staircase of the science corridor, out of their view, is as busy as it was.}{space_plan == "blanket":There are staff on the corridors at lesson change, spread thin, and the far staircase of the science corridor still gets the least of them.}{space_plan == "none":The far staircase of the science corridor is as busy and as unwatched as it was.} {school_plan == "contracts":The contracts are in a drawer in Owen's office.}
}
{
- outcome_young_people == "connected":
    Keira is back in school, including on Thursdays. She told Jodie she reported a comment last week, and a teacher dealt with it on the spot. "It was weird," she said. "Good weird."
- outcome_young_people == "out-of-sight":
    Keira still misses Thursdays. #map:empty-classroom
    The girls have stopped reporting. When Jodie asks why, one says: "What's the point? They did something to the boys, and now everyone knows who told."
- else:
    Some things are better. Keira is back most days, though not always on Thursdays. The girls say some teachers act now, and some still don't.
}
{crisis == "strategy":The girl in the video is back in school, part-time, with a plan her parents helped write. The police investigation is still open, and two parents are still angry that nobody was suspended at the time.}{crisis == "exclusion":The suspended boys are back. The police investigation is still open. The girl in the video has moved to another school; her head of year says the family "felt it was best".}{crisis == "level2":The changing-room lobby now has a member of PE staff in it at the start of every lesson. The girl in the video has not come back to school, and her parents have complained that nobody from the panel ever spoke to them.}
{
- outcome_partnership == "trusting":
    The school and the panel talk often and plainly. {met_head:Dr Lal rings Bev when something worries her, before it becomes a referral.|Owen rings Bev most weeks, sometimes just to think out loud.}
- outcome_partnership == "reporting":
    The school sends the panel its updates. They are accurate and polite, and written for the governors rather than for you. Nobody from the school rings between meetings.
- else:
    The school has stopped sending anyone to the panel. Owen says he is too busy.
}
-> review

=== review ===
Bev asks you to chair the review yourself, with her beside you. #section:review #scene:room
{met_head:Dr Lal has come again.|The head has sent apologies again; Owen is here for the school.} It is the first time you have chaired anything. Your voice is steadier than you expected.
You start by reading out the goal the panel set, and then what you saw at the school.
{
- goal == "sanction":
    The goal was that the boys named would face consequences, and that reports would fall. {school_plan == "contracts" or crisis == "exclusion":On the first half, the panel did what it said: {school_plan == "contracts":six boys are on contracts}{school_plan == "contracts" && crisis == "exclusion":, and }{crisis == "exclusion":the boys from the changing room were suspended}.|On the first half, the plan the panel adopted did very little: nobody named has faced anything from this panel beyond the school's usual sanctions.} {outcome_young_people == "out-of-sight":Reports have fallen almost to nothing. By the goal you set, that is success. You say so, and then you say what the girls told Jodie about why they stopped.|Reports have not fallen. By the goal you set, that is failure, and you say so, though you are no longer sure the goal was measuring the right thing.}
- goal == "culture":
    The goal was that girls would feel safe in the corridors and changing rooms, that staff would act when they saw harassment, and that reports would rise before they fell. {outcome_place == "watched-over":Staff are more present at lesson change and more willing to step in, and the girls Jodie sees say so.|The corridors and the changing rooms are much as they were, so on the first part the plan has not yet delivered.} {outcome_young_people == "connected":Reports have gone up, which is what you said would happen, and the governors have asked twice why.}{outcome_young_people == "out-of-sight":Reports have gone down, not up. By the goal you set, that is the wrong direction, whatever it looks like on paper.}{outcome_young_people == "mixed":Reports have risen a little. It is too soon to say more, and you say that.}
- else:
    The goal was that Keira would be back in school full time, with an adult she trusts keeping an eye out for her. {outcome_young_people == "connected":She is, including Thursdays, and she knows which teacher to go to.}{outcome_young_people == "out-of-sight":She is not. She still misses Thursdays, and she has stopped talking to staff about why.}{outcome_young_people == "mixed":She is back most days. Thursdays are still hard.} Bev asks, quietly, what has changed for the girls who are not Keira. You answer as well as you can.
}
Bev told you that an honest "we don't know" is worth more in a review than a confident guess. You say which parts of the plan you think have worked, which have not, and which you cannot tell yet.
{anxiety >= 7:The room is still on edge from the video. Owen says the governors have asked for "firmness", and two heads nod before you have said anything.}
# facilitator: The review
# facilitator-minutes: 7
# facilitator-point: A self-assessment with pupils, firm sanctions and figures for governors, named adults for the girls, or closing the referral.
# facilitator-point: An honest “we don’t know” is a finding too.
# facilitator-finding: Ecological approaches were more possible where partnerships trusted each other enough to tolerate not knowing and to reflect on their own work.
# facilitator-cite: Owens & Lloyd 2023, Discussion: The dynamics of multi-agency partnerships
# facilitator-ask: What would each agency need to hear to be comfortable saying “we don’t know yet” at a review?
The room waits to hear what you think should happen next.
* [Ask the school to repeat its traffic-light self-assessment of how it prevents, spots and responds to harm, with pupils on the working party #where:context #how:ecological #adopt #agency:school #domain:measure #domain:partnership #cost:An uncomfortable term for staff, and results the governors will see before they improve #benefit:The school measures its own practice and spaces, with pupils' view, not only incidents #why:It measures and changes the school's own systems, with pupils shaping them, which acts on the conditions. #guardianship:+1 #welcome:+1 #youth-trust:+1 #time:-10]
    ~ review_plan = "self-assessment"
    Owen agrees. The school will rate itself again, this time with a group of pupils on the working party.
    {
    - met_head:
        Dr Lal says it will be uncomfortable. "Good," she says. #speaker:head-teacher
    - else:
        "It'll be uncomfortable," Owen says. "I'll tell the head it's meant to be." #speaker:school
    }
* [Keep sanctions firm for any boy who is reported, and give governors the incident numbers each half term #where:individual #how:behaviour #adopt #pressure #agency:school #cost:It counts only what is reported, so a silence can look like success #benefit:Simple numbers governors understand, and boys who offend know what follows #why:Firm sanctions and incident counts act on each boy's behaviour through consequence and measure individuals, not the school. #anxiety:-1 #trust:+1]
    ~ review_plan = "sanctions"
    The panel agrees. Owen will report incidents and sanctions to governors every half term. It is tidy, and nobody in the room objects.
* [Keep a named adult for Keira and for each of the girls who reported, meeting them every fortnight #where:individual #how:ecological #adopt #agency:youth-work #domain:welfare #cost:Jodie's and the counsellor's time for a year, for five girls out of twelve hundred pupils #benefit:The girls most affected have someone who will notice if it starts again #why:It keeps trusted adults around particular girls, so it is ecological work with individuals rather than work on their choices. #youth-trust:+1 #time:-5]
    ~ review_plan = "named-adults"
    Jodie and the school counsellor divide the five girls between them. "Fortnightly," Jodie says, "and they can cancel on me whenever they like. That's part of it." #speaker:youth-work
* [Close the referral: the panel has done what it can #unscored #anxiety:-1]
    ~ review_plan = "closed"
    The panel closes the referral, and an hour of next month's agenda goes to a case that is waiting. Bev asks you afterwards how you would know if it started again. You realise you are not sure.
- -> second_timeskip

=== second_timeskip ===
# facilitator: A year later
# facilitator-minutes: 5
# facilitator-point: The ending follows from what the plan did to the school and how the partnership worked.
# facilitator-point: Compare it with the goal chosen at the start.
# facilitator-finding: The paper concludes that partnerships need to talk explicitly about how they understand change, because a shared approach cannot be assumed.
# facilitator-cite: Owens & Lloyd 2023, Conclusion
# facilitator-ask: What would you tell a new colleague on their first week about this case?
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
Kestrel Park Academy recorded four reports of sexual harassment in the year before the referral. The next year it recorded forty-one. This year, the number began to fall. #ending:culture-changed
Keira is in Year 10. {review_plan == "self-assessment":She sat on the pupil working party and helped write the reporting guide every Year 7 now gets in their first week.|She still sees Jodie now and then, and she reports things when they happen, which a year ago she would not have done.} She still does not love PE, but she goes.
{space_plan == "targeted":The science corridor has staff on both staircases, and the changing-room doors no longer face each other.|There are adults in the corridors at lesson change, more than there were.} {boys_plan == "group":Two of the boys from the list kept going to Jodie's group all year. One of them told her the chat "isn't like that any more, mostly".|The boys from the list are in Year 10. Some of them have grown out of it; one has not, and the school is dealing with him.}
It did not come free. {school_plan == "review":The governors spent a term asking why reports had risen, and Dr Lal answered every time.|Owen spent a term defending a rise in reports to governors who had not been in the room.} {crisis == "strategy":Two parents still say the school went soft on the boys in the video.}{crisis == "exclusion":The suspensions are still argued about in the year group.}{crisis == "level2":The family of the girl in the video have not forgiven the school, and have said so.}
Bev asks you what made the difference. You think about it. {school_plan == "review" or school_plan == "owen-review":Not one action, and nothing dramatic: adults who were there, and a school that stopped treating each report as a problem with one girl or one boy and started treating the pattern as its own.|Mostly, you think, the adults who turned up where it happened, week after week. {school_plan == "contracts" or crisis == "exclusion":The sanctions bought the school a quieter month; what the adults did with that month is what lasted.}}
She asks you to get the sheet with the cross on it out of your bag. It is creased now. "Remember this one," Bev says, "and remember what it cost. The next time someone tells you the answer is an assembly, you'll know what else it takes." #speaker:mentor
Bev's one thing to take into practice: before you agree a plan, ask which of its actions would still be working if every named young person left tomorrow.
-> END

= ending_silence
Kestrel Park Academy recorded three reports of sexual harassment this year. On paper, it is a success. #ending:silence
Keira moved schools in the spring. Her mother said she never got over "being the one who told". {review_plan == "named-adults":The other girls still meet Jodie and the counsellor, and talk to them about almost everything except school.|The girls who reported have stopped talking to staff about anything that matters.}
{school_plan == "contracts":The boys on the list finished their contracts, and for a term the corridor was quieter.} {space_plan == "cctv":The cameras did what cameras do: two boys were sanctioned on the footage, and parents stopped ringing.} {crisis == "exclusion":The suspensions were over in a week, and the police investigation closed without charge.} What moved was where it happened: onto the bus, into the chats, into places no adult stands.
That relief was real, and you say so when Bev asks what you would do differently. The room needed it, and so did Owen. Then you look at the cross on the sheet of paper. Almost everything the panel agreed sits on the left: each boy, each girl, each choice, and a camera watching the corridor. Little in the school had to change, so little did. {review_plan == "self-assessment":The self-assessment the review asked for started in the summer term. The pupils on its working party are the first people in a year to say the word "bus" to a member of staff.}
Bev does not say any of this for you. She waits until you have said it yourself, and then she says that she has written plans like this one, more than once, and that the hardest part of the job is noticing while there is still time to change course.
Bev's one thing to take into practice: when reports fall, ask the young people why before you count it as safety.
-> END

= ending_partial
Kestrel Park Academy is a little different, in some ways. #ending:partial
Reports have gone up slightly. Some staff act when they see harassment; some still call it banter. {youth_trust <= 3:Keira is in school most days. She does not talk to staff about anything that matters, and the girls who reported say there is no point telling.|Keira is in school most days and says Year 10 is "better than Year 9", which from her counts as warm.} {not heard_girls:Nobody, you realise, ever asked the girls who reported what they made of the plan.}
{school_plan == "contracts":The contracts came and went; the corridor was quieter for a term, and then it wasn't.}{school_plan == "sessions":The girls' sessions ran their six weeks. Two of the girls said they liked them; the others stopped coming after the third.}{school_plan == "owen-review":The review Owen carried to the governors was agreed in principle and scheduled for next year.}{school_plan == "review":Dr Lal's review got as far as training the staff; the new reporting route is still being designed.} {space_plan == "targeted":The staircase duty started well and lapsed after Christmas, when two staff left.}{space_plan == "blanket":The duty on every corridor lasted until the first staff meeting after half term.}{space_plan == "cctv":The cameras are still up, and the corridor in front of them is quiet.}{space_plan == "none":The corridor and the changing rooms are the same.}
Bev asks you what you make of it. You say the plan did some of the right things, but nobody owned the whole of it, and the parts that needed the school to change were the first to slip. She says that is the most honest review she has heard this year.
"Next time," she says, "decide at the start who owns the part that's about the school. Not the boys, not the girls. The school. If nobody owns it, it's the first thing to go." You write that on the sheet with the cross, under the four boxes, and underline it twice. #speaker:mentor
Bev's one thing to take into practice: give the part of the plan that is about the place a named owner and a date, the same as the parts about children.
-> END
