// The tin clerk in the bookshop is broken, and so are its scripts, on purpose: the world's
// transcripts show what a builder sees when a script runs for ever or throws.

function count(actor, player, room, event) {
  var books = 0;
  while (true) {
    books++;
  }
}

function recite(actor, player, room, event) {
  throw new Error("the clerk's tape has snapped");
}
