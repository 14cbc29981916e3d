/**
 * Areas that reset: at the interval an area's files give ({@code reset: {every: 30m, mode:
 * when-empty}}), what the files place in the area's rooms goes back there, what was destroyed is
 * made again, and its doors and containers take their written state, each change seen by the
 * players present like any other event. {@link brass.world.reset.AreaResets} runs the timers (one
 * count-aware {@code LoopingCall} per area) and the hooks other code adds; {@link
 * brass.world.reset.AreaReset} is one reset's work; {@link brass.world.reset.ResetCommand} is the
 * builders' {@code reset [area]}.
 */
package brass.world.reset;
