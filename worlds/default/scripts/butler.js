// Pembrook's longer answers, for what a reaction cannot say on its own.

function master(actor, player, room, event) {
  var times = player.addCounter("asked-about-master", 1);
  if (times > 1) {
    actor.say("As I said, the master was a clockmaker. A very good one.");
    return;
  }
  actor.say("The master made me, and the heart, and the cockroach. He was a very good clockmaker.");
  actor.emote("looks, for a moment, almost wistful.");
}
