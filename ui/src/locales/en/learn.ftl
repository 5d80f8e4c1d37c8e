# Relief Window: the Learn section, in English.
# One message per paragraph or list item. Every fact here comes from
# shared/clinical-reference.md and carries its sources in lib/learn/topics.ts.
# Style: calm, plain, short words, second person, cautious. Aim for a reading
# age of about 12 (a test fails any topic above grade 8).

## Index, search and moving around

learn-intro = Here you can read about your procedure and what to expect, in plain words. Each fact shows where it came from.
learn-topics-title = Topics
learn-search-label = Search Learn
learn-search-hint = Type a word, such as needle or exercise.
# $count (number), $query (text)
learn-search-count =
    { $count ->
        [0] No topics match “{ $query }”. Try another word.
        [one] 1 topic matches “{ $query }”.
       *[other] { $count } topics match “{ $query }”.
    }
learn-search-results = Search results
learn-back = Back to all topics
# $title (text)
learn-back-to = Back to { $title }
learn-pager-label = More topics
# $title (text)
learn-previous = Previous: { $title }
learn-next = Next: { $title }
# $number (number), $publisher (text)
learn-cite-name = Source { $number }: { $publisher }

## Sources list

learn-sources-title = Sources
learn-sources-intro = These are the places the facts in Learn come from. Each one has a number, which the pages use to point to it.
learn-sources-all = See all sources
learn-source-open = Open in your web browser
# $title (text)
learn-source-open-name = Open in your web browser: { $title }
learn-source-year-unknown = Year not given
learn-source-address = Address:
learn-source-opened = Your web browser should now show this page.
learn-source-opening = Opening…

## Drawings

learn-drawing-vertebra-title = Two bones of the lower back, seen from behind
learn-drawing-vertebra-desc = Two bones of the spine, one above the other. On each side, a small joint links them: the facet joint. A thin nerve, the medial branch, runs across the lower bone and sends a twig up to the joint.
learn-drawing-vertebra-caption = Two bones of your lower back, seen from behind. The facet joints are circled. The thick curved lines are the medial branch nerves.
learn-drawing-bone = Bone of the spine
learn-drawing-facet = Facet joint
learn-drawing-nerve = Medial branch nerve
learn-drawing-spinous = Bony bump you can feel
learn-drawing-needle-title = Where the needle goes for RFN
learn-drawing-needle-desc = One side of the same two bones. A thin needle comes in from below and to the side. Its tip lies along the medial branch nerve, close to the facet joint. The tip is the only part that gets hot.
learn-drawing-needle-caption = The same two bones. The needle tip lies next to the nerve, close to the facet joint. Only the tip gets hot.
learn-drawing-needle = Needle
learn-drawing-tip = Hot tip beside the nerve

## What RFN is

learn-rfn-title = What RFN is
learn-rfn-summary = What the treatment does, and what it does not do.
learn-rfn-names = RFN is short for radiofrequency neurotomy. You may also hear it called radiofrequency ablation (RFA), denervation, or facet rhizolysis. These all mean the same thing.
learn-rfn-what = It is a way to ease pain that comes from the small joints at the back of your spine. These are called facet joints.
learn-rfn-how = Tiny nerves carry pain signals away from each facet joint. In RFN, a doctor puts a thin needle right next to one of these nerves.
learn-rfn-heat = The tip of the needle is then heated, to about 80 °C, for about a minute and a half. The heat stops the nerve from sending pain signals. Each joint has two of these nerves, so a few are treated in one visit.
learn-rfn-regrow = Relief from RFN often wears off in time. One reason may be that the treated nerve slowly grows back. RFN can often be done again.
learn-rfn-not-cure = RFN does not mend the joint. It is not a cure on its own. Clinics ask you to use the time with less pain to get stronger.
learn-rfn-who = In England, NICE advises doctors to consider sending you to be checked for RFN. This is when care without surgery has not helped enough, and when the facet joints seem to be the main cause of your pain.
learn-rfn-scope = This app's exercise routine and timeline were made for RFN in the lower back. If you had RFN in your neck, the middle of your back, or the sacroiliac joint at the base of the spine, ask your clinic what suits you.

## Facet joints and where the pain comes from

learn-facets-title = Facet joints and your pain
learn-facets-summary = The small joints in your back, and why they can hurt.
learn-facets-spine = Your spine is a stack of bones. Each bone is called a vertebra.
learn-facets-joints = At the back of the spine, each bone is linked to the next by two small joints, one on each side. These are the facet joints. They guide your back when you bend and twist.
learn-facets-sore = Like other joints, facet joints can get sore. This can come from an injury. It can also come from wear over the years, a kind of arthritis.
learn-facets-where = Pain from the facet joints low in the back is often felt in the buttocks and the tops of the legs, not just in the back.
learn-facets-nerves = Each facet joint sends its pain signals along two tiny nerves. They are called medial branch nerves. These are the nerves that RFN treats.
learn-facets-causes = Back pain can have more than one cause. Before RFN is offered, your clinic looks for signs that the facet joints are the main cause.

## Medial branch blocks

learn-blocks-title = The test before: medial branch blocks
learn-blocks-summary = How your clinic checks that RFN is likely to help.
learn-blocks-test = Before RFN, there is a test to see if it is likely to help you. It is called a medial branch block.
learn-blocks-how = A doctor puts a small amount of numbing medicine next to the medial branch nerves. This is the same place where RFN would be done later.
learn-blocks-result = The numbing wears off after a few hours. If your usual pain eases a lot in those hours, this points to the facet joints as the cause.
learn-blocks-two = Some clinics do two blocks, on two different days. Others do just one.
learn-blocks-pass = How much relief counts as a pass is not the same everywhere. One NHS policy asks for one block that makes your pain drop by at least half (50 %). Some clinics ask for more, such as 80 %.
learn-blocks-if-not = If the blocks do not ease your pain enough, RFN is not likely to help either. Your clinic can talk with you about other choices.
learn-blocks-app = You can use the Today page in this app to note your pain in the hours after a block.

## On the day

learn-day-title = On the day
learn-day-summary = What happens when you have RFN.
learn-day-day-case = RFN is most often done as a day case. This means you go home on the same day.
learn-day-before-title = Before the day
learn-day-blood = If you take medicine that thins your blood, talk to your clinic about it well before the day.
learn-day-drive = Plan for someone else to drive you home. You should not drive for 24 hours.
learn-day-during-title = During the procedure
learn-day-lie = You lie on your front. The doctor uses X-ray pictures to guide each needle to the right place.
learn-day-numb = Your skin is numbed first. Some clinics also give you medicine to help you relax. This is called sedation.
learn-day-check = Before any heat is used, the doctor checks that the needle is in the right place. A tiny electric current is passed through it. You may feel a tingle or a pull in your back, and the team may ask what you feel.
learn-day-heat = Then the needle tip is heated, for about 90 seconds at each spot.
learn-day-home-title = Going home
learn-day-own-clinic = Your clinic will give you its own advice for after the procedure. Follow that advice if it is not the same as what you read here.

## After

learn-after-title = The first days and weeks after
learn-after-summary = Soreness, when relief builds, and getting moving.
learn-after-first-title = The first few days
learn-after-sore = It is common to feel sore where the needles went in. You may have some bruises too.
learn-after-flare = Your usual pain may get worse for a while. This flare often lasts about 3 to 10 days, and sometimes a few weeks.
learn-after-skin = Some people find the skin over the area feels tender, a bit like sunburn.
learn-after-relief-title = When relief builds
learn-after-builds = Relief often does not come at once. For most people, it builds over 2 to 3 weeks. So try not to judge the result too soon.
learn-after-moving-title = Getting moving
learn-after-next-day = Most people can go back to their normal, gentle activity the next day. Take it slowly at first.
learn-after-walk = Clinics often suggest gentle walking in the first week or two, and more exercise after that.
learn-after-rare-title = Less common problems
learn-after-neuritis = A few people, about 3 to 5 in every 100, get a burning nerve pain that can last for some weeks. This figure comes from patient leaflets, not from a study.
learn-after-damage = Lasting nerve damage is rare. One estimate is about 1 in 23,500.
learn-after-worry = If something worries you, contact your clinic. If you notice any of the signs in the red flags topic, get help straight away.

## How long relief lasts, and repeats

learn-lasts-title = How long relief lasts, and repeats
learn-lasts-summary = What studies found, and where they do not agree.
learn-lasts-intro = RFN does not help everyone. When it does help, relief often lasts many months, and sometimes more than a year. It does not last for ever. One reason may be that the treated nerve slowly grows back.
learn-lasts-differ = How long relief lasts is not the same for each person. Studies also give different answers.
learn-lasts-studies-title = What some studies found
learn-lasts-nz = In one study from New Zealand, about half the people had their pain go away: 58 % at one clinic, and 53 % at another. The people in this study were picked with great care.
learn-lasts-nz-time = In the people whose pain went away, relief lasted about 15 months after a first RFN. After a repeat, it lasted about 13 months. These figures are only for the people it worked for, not for everyone who had RFN.
learn-lasts-nz-doubt = This study had no group to compare with. Everyone in it had RFN, so it cannot show how they would have done without it.
learn-lasts-nice = NICE, which gives advice to the NHS in England, says trials show relief for at least 6 to 12 months. It says more than 2 years may be possible, but that more research is needed.
learn-lasts-repeat-title = Repeats
learn-lasts-repeat = If the pain comes back, RFN can often be done again. In the New Zealand study, some people it worked for had repeats when the pain came back. In all, their relief lasted about 17 to 33 months. These are middle figures: some had more, some less.
learn-lasts-claims = A large study in the US looked at health insurance records. About 15 in every 100 people had a repeat within a year. About 1 in 3 had one within 3 years, and nearly half within 7 years.
learn-lasts-repeat-nice = NICE says we do not yet know how well repeats work.
learn-lasts-repeat-rules = One NHS policy pays for a repeat only if all three of these are true:
learn-lasts-repeat-worked = The first RFN worked.
learn-lasts-repeat-again = You meet the rules for a first RFN again. This includes a new block that makes your pain drop by at least half (50 %).
learn-lasts-repeat-months = At least 16 months have passed since your last RFN.
learn-lasts-doubt-title = Where the evidence is less hopeful
learn-lasts-mint = Not all studies found that RFN helps. MINT was a set of three trials in the Netherlands, written up in 2017. In all, 681 people took part. One of the trials was for facet joint pain, with 251 people.
learn-lasts-mint-result = In that trial, one group had RFN plus a standard exercise plan. The other group had the exercise plan alone. After 3 months, pain in the RFN group was only 0.18 points lower than in the other group, on the scale from 0 to 10. That is far less than the change that makes a real difference to people.
learn-lasts-mint-doubt = MINT has limits of its own. People joined it after just one block, and they knew which treatment they had.
learn-lasts-mint-critics = Some pain experts also said the RFN in MINT was not done in the best way. Others replied that some of those critics worked with firms that make RFN equipment.
learn-lasts-cochrane = A Cochrane review brings many trials together. It rated the proof that RFN works as very low to moderate in quality. This means we cannot be sure how well it works.
learn-lasts-why-differ = Why do the figures differ? The New Zealand study picked people with great care, and had no group to compare with. The US study counted repeats in records, not how people felt. MINT tested RFN plus exercise against exercise alone. Each asked a different question, so each gives a different answer.
learn-lasts-you = Your own result may be better or worse than any of these figures. Your clinic can tell you what they have seen in people like you.

## Exercise

learn-exercise-title = Why exercise matters now
learn-exercise-summary = Using the time with less pain to get stronger.
learn-exercise-window = RFN can give you a window of time with less pain. Clinics say it is not a cure on its own.
learn-exercise-advice = Most clinics advise exercise or physio after RFN. Many suggest you start after about 1 to 2 weeks.
learn-exercise-aim = The aim is to use this time to get stronger and to move with more ease, while the pain is lower.
learn-exercise-muscle-title = The multifidus muscle
learn-exercise-muscle = The medial branch nerve does more than send pain signals. It also works a small, deep muscle that runs along your spine. This muscle is called the multifidus.
learn-exercise-waste = After RFN, this muscle can get weaker and thinner. Building up your back muscles may help make up for this.
learn-exercise-unproven = This idea makes sense, but it has not been proven. We tell you so, because you should know what is known and what is not.
learn-exercise-ask = Ask your clinic or a physio which exercises are right for you, and how much to do.
learn-exercise-scope = The exercises and phases in this app were made for RFN in the lower back. If your RFN was in your neck, the middle of your back, or the sacroiliac joint at the base of the spine, ask your clinic which exercises suit you.

## Red flags

learn-red-flags-title = Red flags: when to get help
learn-red-flags-summary = Signs that mean you should get help fast.
learn-red-flags-intro = Serious problems after RFN are rare. But a few signs mean you need help fast. Please read this list once, so that you know what to look out for.
learn-red-flags-button = You can see this list at any time. Use the Get help button at the top of every page.
learn-red-flags-source = These lists are based on NHS advice.

## Evidence and sources

learn-evidence-title = Evidence and sources
learn-evidence-summary = Where the facts come from, and how sure we can be.
learn-evidence-where = The facts in Learn come from NHS leaflets, clinic leaflets, research papers and health guides.
learn-evidence-numbers = After each fact there is a small number, such as [1]. Choose the number to see where that fact came from. You can then open the source in your web browser if you want to read more.
learn-evidence-kinds-title = Not all evidence is the same
learn-evidence-trial = A trial puts people into groups by chance and compares the groups. It is one of the fairest tests.
learn-evidence-review = A review pools many trials, to see what they show when taken together.
learn-evidence-study = Some studies look back at what happened to people in everyday care. They can show a lot, but they cannot prove what caused what.
learn-evidence-leaflet = A leaflet from a clinic tells you what that clinic does and sees. It is useful, but it is not a test.
learn-evidence-guide = A health guide, such as one from NICE, weighs up all of these.
learn-evidence-disagree = When sources do not agree, we say so. We do not pick the best figure. The topic on how long relief lasts shows this.
learn-evidence-advice = This app is for learning and keeping a record. It cannot give you medical advice, and it does not know you. Your clinic does.

## Glossary

learn-words-title = Glossary
learn-words-summary = What the medical words mean.
learn-words-intro = Here are some words you may hear from your clinic, in plain terms.
learn-words-anaesthetic = Local anaesthetic
learn-words-anaesthetic-means = A medicine that numbs one part of your body for a short time. You stay awake.
learn-words-cauda = Cauda equina
learn-words-cauda-means = The bundle of nerves at the base of your spine. If they are pressed on, it is an emergency.
learn-words-facet = Facet joint
learn-words-facet-means = One of the small joints at the back of your spine. There are two at each level, one on each side.
learn-words-block = Medial branch block
learn-words-block-means = A test done before RFN. Numbing medicine is put next to the nerves of the facet joints for a short time.
learn-words-medial = Medial branch nerve
learn-words-medial-means = A tiny nerve that carries pain signals from a facet joint. This is the nerve that RFN treats.
learn-words-multifidus = Multifidus
learn-words-multifidus-means = A small, deep muscle along your spine. The medial branch nerve works it.
learn-words-neuritis = Neuritis
learn-words-neuritis-means = A sore, angry nerve. After RFN it can cause a burning pain for some weeks.
learn-words-nice = NICE
learn-words-nice-means = The group that gives advice on health care to the NHS in England.
learn-words-rfn = RFN, RFA, denervation
learn-words-rfn-means = Names for the same thing: using heat to stop a nerve sending pain signals for a while.
learn-words-sedation = Sedation
learn-words-sedation-means = Medicine that helps you feel calm and sleepy during a procedure.
learn-words-vertebra = Vertebra
learn-words-vertebra-means = One of the bones that stack up to make your spine. More than one are called vertebrae.
learn-words-window = Relief window
learn-words-window-means = The time after RFN when your pain is lower. This app is named after it.
learn-words-xray = X-ray guidance
learn-words-xray-means = Live X-ray pictures that help the doctor guide the needle to the right place.
