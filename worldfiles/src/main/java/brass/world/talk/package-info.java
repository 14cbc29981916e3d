/**
 * People who talk: {@code ask pembrook about the heart}, {@code pembrook, where is the lamp?} and
 * {@code talk to pembrook}, answered from the topics an actor's world file gives it ({@code
 * topics:}, {@code default-reply:}). {@link brass.world.talk.Topics} finds the topic a question
 * is about among those whose conditions hold (reactions' conditions, held by {@link
 * brass.world.reaction.Conditions}, with the actor as {@code self} and the asker as {@code player}); {@link
 * brass.world.talk.TalkCommands} registers the verbs. The topics are read from the definition the
 * world follows at each question, so a reload changes what actors say at once.
 */
package brass.world.talk;
