/**
 * Which of Netty's transports every socket of Brass runs on ({@link brass.net.NettyTransport}):
 * Linux's native epoll where its library loads, Java's NIO elsewhere or when the operator asks for
 * it. The telnet and web listeners, the load tool and the echo baseline of the benchmarks all ask
 * here, so a measurement and the server it measures use the same one.
 */
package brass.net;
