/**
 * The load tool behind {@code bin/brass load}: many telnet players from one process, on Netty's
 * client side, each logging in (or creating) a character and then playing a command mix closed-
 * or open-loop, with each reply's latency measured from the command's send (or, open-loop, its
 * intended send) to the prompt mark (EOR or GA) that ends the reply. Nothing here knows the
 * server's code: it speaks telnet as a MUD client does, so it can measure any server, including
 * the bare echo baseline in the benchmarks.
 */
package brass.load;
