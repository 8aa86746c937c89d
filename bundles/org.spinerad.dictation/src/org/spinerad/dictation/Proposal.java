package org.spinerad.dictation;

/**
 * A continuation of a typed phrase that the phrase language allows.
 *
 * @param words   the words proposed, as they are inserted ({@code convex posterior cortex})
 * @param line    the whole phrase line once the proposal is taken, ending with a space
 *                (the unfinished word typed is replaced by the words)
 * @param meaning what the words set, for the user ({@code convexPosteriorCortex = true})
 */
public record Proposal(String words, String line, String meaning) {
}
