package brass.world.parser;

import brass.world.action.StandardActions;
import brass.world.demo.DemoWorld;
import brass.world.model.Thing;
import brass.world.model.World;

/**
 * The demo world's hall as the parser's tests play it: Alice holds the brass lamp and a rusty
 * key, and the wooden box lies open on the floor with the iron key in it.
 */
record HallScene(World world, Thing alice, Parser parser, Referents referents) {

    static HallScene create() {
        World world = DemoWorld.create();
        Thing hall = world.get("hall");
        Thing alice = world.player("alice", hall);
        world.get("brass-lamp").moveTo(alice);
        world.object("rusty-key", "rusty key", alice);
        Thing box = world.get("box");
        box.moveTo(hall);
        box.open(true);
        Verbs verbs = new Verbs();
        StandardActions.install((v, a) -> verbs.add(v));
        return new HallScene(world, alice, new Parser(verbs), new Referents());
    }
}
