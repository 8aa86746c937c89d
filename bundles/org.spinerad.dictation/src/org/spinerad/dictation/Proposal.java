package org.spinerad.dictation;

/**
 * A continuation of a typed phrase that the phrase language allows.
 *
 * @param words   the words proposed, as they are inserted ({@code convex posterior cortex})
 * @param line    the whole phrase line once the proposal is taken, ending with a space
 *                (the unfinished word typed is replaced by the words)
 * @param meaning what the words set, by field name and stored value ({@code convexPosteriorCortex = true})
 * @param shown   the same in the clinician's words, for the user ({@code Convex posterior cortex: yes})
 */
public record Proposal(String words, String line, String meaning, String shown) {
}
