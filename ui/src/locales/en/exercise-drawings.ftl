# Relief Window: the words for the exercise drawings, in English.
# Each drawing has a short title and a description for people who cannot see
# it (both are read out together). Describe the position, not how to do the
# exercise: the steps live in exercises.ftl. Plain, short words.

## Captions under the pair of drawings

exercise-drawing-start = Start
exercise-drawing-end = End

## Walking

exercise-drawing-walking-start-title = Walking: start position
exercise-drawing-walking-start-alt = A person stands tall, seen from the side. Their feet are together on the floor and their arms hang loosely by their sides.
exercise-drawing-walking-end-title = Walking: end position
exercise-drawing-walking-end-alt = The same person in mid-step. The front foot lands on its heel, the back foot pushes off from its toes, and the arms swing gently. An arrow points forward.

## Pelvic tilt

exercise-drawing-pelvic-tilt-start-title = Pelvic tilt: start position
exercise-drawing-pelvic-tilt-start-alt = A person lies on their back on the floor, seen from the side, with knees bent and feet flat. The hands rest on the front of the hips. There is a small gap between the low back and the floor. The hips are highlighted.
exercise-drawing-pelvic-tilt-end-title = Pelvic tilt: end position
exercise-drawing-pelvic-tilt-end-alt = The same position, but the hips have tipped back a little so the low back lies flat on the floor and the gap is gone. An arrow points down at the low back.

## Knee rolls

exercise-drawing-knee-rolls-start-title = Knee rolls: start position
exercise-drawing-knee-rolls-start-alt = A person lies on their back, seen from the side, with knees bent and together and feet flat on the floor. The arms rest on the floor. The legs are highlighted.
exercise-drawing-knee-rolls-end-title = Knee rolls: end position
exercise-drawing-knee-rolls-end-alt = Both knees have rolled together to one side, towards you, so they are lower. The shoulders and upper back stay flat on the floor. A dotted line shows where the knees were, and a curved arrow shows them rolling over.

## Knee to chest

exercise-drawing-knee-to-chest-start-title = Knee to chest: start position
exercise-drawing-knee-to-chest-start-alt = A person lies on their back, seen from the side, with knees bent and feet flat on the floor. The arms rest on the floor. The near leg is highlighted.
exercise-drawing-knee-to-chest-end-title = Knee to chest: end position
exercise-drawing-knee-to-chest-end-alt = One knee is drawn up towards the chest, held with both hands just below the knee. The other foot stays flat on the floor, and the head rests on the floor. An arrow shows the knee coming towards the chest.

## Cat–camel

exercise-drawing-cat-camel-start-title = Cat–camel: start position
exercise-drawing-cat-camel-start-alt = A person on hands and knees, seen from the side. Hands are under the shoulders, knees under the hips, and the back is flat like a table. The back is highlighted.
exercise-drawing-cat-camel-end-title = Cat–camel: end position
exercise-drawing-cat-camel-end-alt = The same person with the back gently rounded up towards the ceiling, like a cat, and the head dropped down. An arrow shows the back curving up.

## Bottom to heels

exercise-drawing-bottom-to-heels-start-title = Bottom to heels: start position
exercise-drawing-bottom-to-heels-start-alt = A person on hands and knees, seen from the side, with the back flat.
exercise-drawing-bottom-to-heels-end-title = Bottom to heels: end position
exercise-drawing-bottom-to-heels-end-alt = The person has sat back so the bottom is close to the heels. The hands stay where they were, so the arms reach long in front, and the head is low between them. An arrow shows the hips moving back.

## Abdominal drawing-in

exercise-drawing-abdominal-drawing-in-start-title = Abdominal drawing-in: start position
exercise-drawing-abdominal-drawing-in-start-alt = A person lies on their back, seen from the side, with knees bent and feet flat on the floor. The belly is relaxed.
exercise-drawing-abdominal-drawing-in-end-title = Abdominal drawing-in: end position
exercise-drawing-abdominal-drawing-in-end-alt = The same position with the belly drawn gently in, a little flatter than before. Two small arrows point down into the belly. Nothing else moves.

## Glute bridge

exercise-drawing-glute-bridge-start-title = Glute bridge: start position
exercise-drawing-glute-bridge-start-alt = A person lies on their back, seen from the side, with knees bent, feet flat and arms resting on the floor. The hips are highlighted.
exercise-drawing-glute-bridge-end-title = Glute bridge: end position
exercise-drawing-glute-bridge-end-alt = The hips are lifted off the floor so the shoulders, hips and knees make one straight slope. The head, shoulders, arms and feet stay on the floor. An arrow points up under the hips.

## Curl-up

exercise-drawing-curl-up-start-title = Curl-up: start position
exercise-drawing-curl-up-start-alt = A person lies on their back, seen from the side. One knee is bent with the foot flat, the other leg is straight on the floor. The hands rest under the low back.
exercise-drawing-curl-up-end-title = Curl-up: end position
exercise-drawing-curl-up-end-alt = The head and shoulders are lifted just a little off the floor, with the head in line with the body. The low back and hands stay where they were. A small arrow points up at the head.

## Side bridge

exercise-drawing-side-bridge-start-title = Side bridge: start position
exercise-drawing-side-bridge-start-alt = A person lies on their side, seen from the front, propped up on one forearm with the elbow under the shoulder. The knees are bent with the feet behind. The hips rest on the floor. The top arm rests along the side of the body.
exercise-drawing-side-bridge-end-title = Side bridge: end position
exercise-drawing-side-bridge-end-alt = The hips are lifted off the floor so the body makes one straight line from the knees to the head. The forearm and knees stay on the floor. An arrow points up under the hips.

## Bird dog

exercise-drawing-bird-dog-start-title = Bird dog: start position
exercise-drawing-bird-dog-start-alt = A person on hands and knees, seen from the side, with the back flat. One arm and the opposite leg are highlighted.
exercise-drawing-bird-dog-end-title = Bird dog: end position
exercise-drawing-bird-dog-end-alt = One arm reaches straight forward and the opposite leg reaches straight back, both level with the back. The other hand and knee stay on the floor, and the back stays flat.

## Dead bug

exercise-drawing-dead-bug-start-title = Dead bug: start position
exercise-drawing-dead-bug-start-alt = A person lies on their back, seen from the side. Both arms point straight up at the ceiling. The hips and knees are bent at right angles, with the shins level, like a table top.
exercise-drawing-dead-bug-end-title = Dead bug: end position
exercise-drawing-dead-bug-end-alt = One arm is lowered back past the head and the opposite leg is straightened out, both held just above the floor. The other arm and leg stay where they were, and the low back stays on the floor. Arrows show the arm and leg lowering.
