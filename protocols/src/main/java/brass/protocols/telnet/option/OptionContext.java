package brass.protocols.telnet.option;

import brass.protocols.telnet.OptionNegotiator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/** What an option may use of its connection. Event loop only. */
public interface OptionContext {

    OptionNegotiator negotiator();

    /** What the client has told us so far. */
    ClientProfile profile();

    /** The option layer's place in the pipeline (for logs, the allocator, and MCCP2's compressor). */
    ChannelHandlerContext handlerContext();

    /** Writes a telnet message of the option layer's own; flushed when the read or the write batch ends. */
    void send(Object msg);

    /** Passes a message written by the session on towards the socket; its writer flushes it. */
    void forward(Object msg, ChannelPromise promise);

    /** Asks for a flush when the read or the write batch ends, though nothing was sent. */
    void flushLater();

    /** The client's capabilities may have changed: publish them when the read or the write batch ends. */
    void changed();

    /** Passes a message the option does not handle itself inbound, towards the session. */
    void passOn(Object msg);
}
