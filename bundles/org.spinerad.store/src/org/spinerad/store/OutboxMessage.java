package org.spinerad.store;

/**
 * A message to deliver once a report's change is committed, queued in the same
 * transaction as the change (department database).
 *
 * @param channel the delivering channel, e.g. {@code ris}
 * @param key     unique per message (e.g. the HL7 control id); queuing the same key twice keeps one
 * @param payload the message as sent
 */
public record OutboxMessage(String channel, String key, byte[] payload) {
}
