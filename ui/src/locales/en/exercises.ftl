# Relief Window: the exercise library, in English.
# Ids come from crates/relief-core/src/exercises/catalog.rs: exercise-{id}-name,
# -purpose, -progression, -step-N, -key-N, -stop-if. The drawings' text alternatives live beside them, in exercise-drawings.ftl.
# A Rust test checks that every id the library names is here, and nothing else.
# Style: calm, plain, short, second person. Never advice computed from pain.
# Every -stop-if line agrees with Get help: pain clearly worse or something new
# (such as pain down a leg) is for the clinic; a leg numb or weak for good, or
# both legs, is an emergency, and the line says to open Get help.

## Walking

exercise-walking-name = Walking
exercise-walking-purpose = Builds your fitness and your confidence to move.
exercise-walking-progression = Over the weeks, walk a little longer each time, up to 30 minutes on 5 days a week.
exercise-walking-step-1 = Put on comfortable shoes.
exercise-walking-step-2 = Walk at a pace where you can still talk.
exercise-walking-step-3 = Turn back before you feel tired, so the way home is easy.
exercise-walking-key-1 = A comfortable pace is enough. This is not a race.
exercise-walking-key-2 = Flat ground is easiest at first.
exercise-walking-stop-if = Stop and ask your clinic if walking makes your pain clearly worse, or if something new starts, such as pain down a leg. If a leg goes numb or weak and stays that way, or both legs do, it is an emergency. Open Get help.

## Pelvic tilt

exercise-pelvic-tilt-name = Pelvic tilt
exercise-pelvic-tilt-purpose = Gently moves your lower back and pelvis.
exercise-pelvic-tilt-progression = Every few days, if it feels fine, add one or two more.
exercise-pelvic-tilt-step-1 = Lie on your back with your knees bent and your feet flat.
exercise-pelvic-tilt-step-2 = Tighten your tummy and flatten your lower back onto the floor.
exercise-pelvic-tilt-step-3 = Hold for a few seconds and keep breathing.
exercise-pelvic-tilt-step-4 = Relax, and let your back return to where it started.
exercise-pelvic-tilt-key-1 = The movement is small. Only your pelvis rocks.
exercise-pelvic-tilt-key-2 = Keep your shoulders and head relaxed on the floor.
exercise-pelvic-tilt-stop-if = Stop and ask your clinic if this makes your pain clearly worse, or if something new starts, such as pain down a leg. If a leg goes numb or weak and stays that way, or both legs do, it is an emergency. Open Get help.

## Knee rolls

exercise-knee-rolls-name = Knee rolls
exercise-knee-rolls-purpose = Gently turns your lower back from side to side.
exercise-knee-rolls-progression = Over time, do a few more on each side.
exercise-knee-rolls-step-1 = Lie on your back with your knees bent and together, and your feet flat.
exercise-knee-rolls-step-2 = Let both knees roll slowly to one side.
exercise-knee-rolls-step-3 = Hold for a few seconds, then bring them back to the middle.
exercise-knee-rolls-step-4 = Roll them to the other side. Each side counts as one.
exercise-knee-rolls-key-1 = Keep both shoulders on the floor.
exercise-knee-rolls-key-2 = Only go as far as feels comfortable.
exercise-knee-rolls-stop-if = Stop and ask your clinic if this makes your pain clearly worse, or if something new starts, such as pain down a leg. If a leg goes numb or weak and stays that way, or both legs do, it is an emergency. Open Get help.

## Knee to chest

exercise-knee-to-chest-name = Knee to chest
exercise-knee-to-chest-purpose = Gently stretches your lower back and buttocks.
exercise-knee-to-chest-progression = Build up to 5 on each side. Later, you can bring both knees up together.
exercise-knee-to-chest-step-1 = Lie on your back with your knees bent and your feet flat.
exercise-knee-to-chest-step-2 = Hold one knee with your hands and pull it gently towards your chest.
exercise-knee-to-chest-step-3 = Hold for about 5 seconds.
exercise-knee-to-chest-step-4 = Lower your foot back down, then do the other leg.
exercise-knee-to-chest-key-1 = Pull gently. You should feel a stretch, not a strain.
exercise-knee-to-chest-key-2 = Keep your other foot on the floor.
exercise-knee-to-chest-stop-if = Stop and ask your clinic if this makes your pain clearly worse, or if something new starts, such as pain down a leg. If a leg goes numb or weak and stays that way, or both legs do, it is an emergency. Open Get help.

## Cat–camel

exercise-cat-camel-name = Cat–camel
exercise-cat-camel-purpose = Moves your whole spine slowly, up and down.
exercise-cat-camel-progression = This one stays the same. Keep it slow and smooth.
exercise-cat-camel-step-1 = Kneel on your hands and knees, with your hands under your shoulders.
exercise-cat-camel-step-2 = Round your back up towards the ceiling and let your head drop.
exercise-cat-camel-step-3 = Then let your back dip gently down and lift your head a little.
exercise-cat-camel-step-4 = Move slowly between the two. One up and one down count as one.
exercise-cat-camel-key-1 = This is a movement, not a stretch. Do not push to the end.
exercise-cat-camel-key-2 = Breathe slowly as you move.
exercise-cat-camel-stop-if = Stop and ask your clinic if this makes your pain clearly worse, or if something new starts, such as pain down a leg. If a leg goes numb or weak and stays that way, or both legs do, it is an emergency. Open Get help.

## Bottom to heels

exercise-bottom-to-heels-name = Bottom to heels
exercise-bottom-to-heels-purpose = Gently bends your back and hips.
exercise-bottom-to-heels-progression = Over time, do a couple more.
exercise-bottom-to-heels-step-1 = Kneel on your hands and knees.
exercise-bottom-to-heels-step-2 = Breathe out and slowly sit your bottom back towards your heels.
exercise-bottom-to-heels-step-3 = Breathe in as you come back to where you started.
exercise-bottom-to-heels-key-1 = Take one slow breath for each one.
exercise-bottom-to-heels-key-2 = If your knees hurt, do not go down so far.
exercise-bottom-to-heels-stop-if = Stop and ask your clinic if this makes your pain clearly worse, or if something new starts, such as pain down a leg. If a leg goes numb or weak and stays that way, or both legs do, it is an emergency. Open Get help.

## Abdominal drawing-in

exercise-abdominal-drawing-in-name = Abdominal drawing-in
exercise-abdominal-drawing-in-purpose = Wakes up the deep muscles that support your spine.
exercise-abdominal-drawing-in-progression = Over the weeks, hold each one a little longer.
exercise-abdominal-drawing-in-step-1 = Lie on your back with your knees bent and your feet flat.
exercise-abdominal-drawing-in-step-2 = Gently draw your belly button in towards your spine.
exercise-abdominal-drawing-in-step-3 = Hold it while you keep breathing.
exercise-abdominal-drawing-in-step-4 = Let go and rest for a breath.
exercise-abdominal-drawing-in-key-1 = Breathe normally. Do not hold your breath.
exercise-abdominal-drawing-in-key-2 = It is a gentle squeeze, not a hard one. Your back should not move.
exercise-abdominal-drawing-in-stop-if = Stop and ask your clinic if this makes your pain clearly worse, or if something new starts, such as pain down a leg. If a leg goes numb or weak and stays that way, or both legs do, it is an emergency. Open Get help.

## Bird dog

exercise-bird-dog-name = Bird dog
exercise-bird-dog-purpose = Strengthens your back and helps you keep your body steady.
exercise-bird-dog-progression = Over the weeks, hold each one longer, up to 10 seconds.
exercise-bird-dog-step-1 = Kneel on your hands and knees, with a flat back.
exercise-bird-dog-step-2 = Slowly reach one arm forward and the opposite leg back.
exercise-bird-dog-step-3 = Hold, keeping your back still.
exercise-bird-dog-step-4 = Come back slowly, then change sides.
exercise-bird-dog-key-1 = Do not arch your back.
exercise-bird-dog-key-2 = Keep your hips level, as if a cup of tea sat on your back.
exercise-bird-dog-key-3 = If it is too hard, move just an arm or just a leg.
exercise-bird-dog-stop-if = Stop and ask your clinic if this makes your pain clearly worse, or if something new starts, such as pain down a leg. If a leg goes numb or weak and stays that way, or both legs do, it is an emergency. Open Get help.

## Dead bug

exercise-dead-bug-name = Dead bug
exercise-dead-bug-purpose = Helps you keep your trunk steady while your arms and legs move.
exercise-dead-bug-progression = When it feels easy, move the opposite arm and leg together.
exercise-dead-bug-step-1 = Lie on your back with your knees bent and lifted, and your arms pointing up.
exercise-dead-bug-step-2 = Gently draw your belly in.
exercise-dead-bug-step-3 = Slowly lower one arm behind your head, or lower one foot towards the floor.
exercise-dead-bug-step-4 = Bring it back, then do the other side.
exercise-dead-bug-key-1 = Keep your lower back resting on the floor the whole time.
exercise-dead-bug-key-2 = Start with arms only or legs only.
exercise-dead-bug-stop-if = Stop and ask your clinic if this makes your pain clearly worse, or if something new starts, such as pain down a leg. If a leg goes numb or weak and stays that way, or both legs do, it is an emergency. Open Get help.

## Glute bridge

exercise-glute-bridge-name = Glute bridge
exercise-glute-bridge-purpose = Strengthens your buttocks, hips and trunk.
exercise-glute-bridge-progression = Over the weeks, build up to 2 sets of 10, holding each for longer.
exercise-glute-bridge-step-1 = Lie on your back with your knees bent and your feet flat, hip-width apart.
exercise-glute-bridge-step-2 = Squeeze your buttocks and lift your hips off the floor.
exercise-glute-bridge-step-3 = Hold for about 3 breaths.
exercise-glute-bridge-step-4 = Lower your hips slowly back down.
exercise-glute-bridge-key-1 = At the top, your shoulders, hips and knees make a straight line.
exercise-glute-bridge-key-2 = Do not push your back into an arch.
exercise-glute-bridge-stop-if = Stop and ask your clinic if this makes your pain clearly worse, or if something new starts, such as pain down a leg. If a leg goes numb or weak and stays that way, or both legs do, it is an emergency. Open Get help.

## Curl-up

exercise-curl-up-name = Curl-up
exercise-curl-up-purpose = Builds the staying power of the muscles at the front of your trunk, with your spine kept still.
exercise-curl-up-progression = Over the weeks, do a few more holds in each set.
exercise-curl-up-step-1 = Lie on your back with one knee bent and the other leg straight.
exercise-curl-up-step-2 = Slide your hands, palms down, under the small of your back.
exercise-curl-up-step-3 = Lift your head and shoulders just a little off the floor, and hold.
exercise-curl-up-step-4 = Lower slowly and rest for a breath. Change which knee is bent halfway.
exercise-curl-up-key-1 = The lift is small. Keep your neck long and your chin tucked.
exercise-curl-up-key-2 = Your lower back should not flatten or arch.
exercise-curl-up-stop-if = Stop and ask your clinic if this makes your pain clearly worse, or if something new starts, such as pain down a leg. If a leg goes numb or weak and stays that way, or both legs do, it is an emergency. Open Get help.

## Side bridge

exercise-side-bridge-name = Side bridge with knees bent
exercise-side-bridge-purpose = Strengthens the muscles at the side of your trunk.
exercise-side-bridge-progression = Over the weeks, hold each one longer, up to 2 holds of 20 to 30 seconds on each side. Later, you can do it with straight legs.
exercise-side-bridge-step-1 = Lie on your side with your knees bent and your elbow under your shoulder.
exercise-side-bridge-step-2 = Lift your hips so your body is in a straight line from head to knees.
exercise-side-bridge-step-3 = Hold, and keep breathing.
exercise-side-bridge-step-4 = Lower slowly and rest. Do all your holds on one side, then turn and do the same on the other side.
exercise-side-bridge-key-1 = Keep your elbow right under your shoulder.
exercise-side-bridge-key-2 = Keep your hips in line. Do not let them sag or push back.
exercise-side-bridge-stop-if = Stop and ask your clinic if this makes your pain clearly worse or hurts your shoulder, or if something new starts, such as pain down a leg. If a leg goes numb or weak and stays that way, or both legs do, it is an emergency. Open Get help.
