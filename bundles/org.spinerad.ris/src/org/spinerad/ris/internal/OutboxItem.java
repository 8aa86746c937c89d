package org.spinerad.ris.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;

import org.spinerad.ris.DeliveryState;
import org.spinerad.ris.OutboxEntry;
import org.spinerad.ris.ResultStatus;

/**
 * One message of the outbox as kept in memory and on disk (a properties file:
 * the encoded message and its delivery record). Guarded by the outbox's lock.
 */
final class OutboxItem {

	static final int FORMAT_VERSION = 1;

	final String controlId;
	final String reportId;
	final String accessionNumber;
	final ResultStatus resultStatus;
	final int addendumCount;
	final long sequence;
	final Instant queuedAt;
	final String message;
	DeliveryState state = DeliveryState.QUEUED;
	int attempts;
	Instant lastAttemptAt;
	Instant nextAttemptAt;
	String lastError;
	String ackCode;
	String reason;
	Instant acknowledgedAt;
	boolean possiblyDelivered;
	/** Cancel asked for during an attempt (in memory only): applied unless the attempt is acknowledged. */
	boolean cancelRequested;

	OutboxItem(String controlId, String reportId, String accessionNumber, ResultStatus resultStatus,
			int addendumCount, long sequence, Instant queuedAt, String message) {
		this.controlId = controlId;
		this.reportId = reportId;
		this.accessionNumber = accessionNumber;
		this.resultStatus = resultStatus;
		this.addendumCount = addendumCount;
		this.sequence = sequence;
		this.queuedAt = queuedAt;
		this.message = message;
	}

	/** @return the identity of the step of a report's life this message reports: one message per step */
	String key() {
		return key(reportId, resultStatus, addendumCount);
	}

	static String key(String reportId, ResultStatus status, int addendumCount) {
		return reportId + '\u0000' + status.code() + (status == ResultStatus.CORRECTED ? "/" + addendumCount : "");
	}

	OutboxEntry snapshot() {
		return new OutboxEntry(controlId, reportId, accessionNumber, resultStatus, addendumCount, queuedAt, state,
				attempts, lastAttemptAt, nextAttemptAt, lastError, ackCode, reason, acknowledgedAt, possiblyDelivered);
	}

	byte[] toBytes() {
		Properties p = new Properties();
		p.setProperty("formatVersion", Integer.toString(FORMAT_VERSION));
		p.setProperty("controlId", controlId);
		p.setProperty("reportId", reportId);
		p.setProperty("accessionNumber", accessionNumber);
		p.setProperty("resultStatus", resultStatus.code());
		p.setProperty("addendumCount", Integer.toString(addendumCount));
		p.setProperty("sequence", Long.toString(sequence));
		p.setProperty("queuedAt", queuedAt.toString());
		p.setProperty("state", state.name());
		p.setProperty("attempts", Integer.toString(attempts));
		p.setProperty("possiblyDelivered", Boolean.toString(possiblyDelivered));
		put(p, "lastAttemptAt", lastAttemptAt);
		put(p, "nextAttemptAt", nextAttemptAt);
		put(p, "lastError", lastError);
		put(p, "ackCode", ackCode);
		put(p, "reason", reason);
		put(p, "acknowledgedAt", acknowledgedAt);
		p.setProperty("message", message);
		ByteArrayOutputStream out = new ByteArrayOutputStream(message.length() + 1024);
		try {
			p.store(out, "SpineRad RIS outbox message; do not edit");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static void put(Properties p, String key, Object value) {
		if (value != null) {
			p.setProperty(key, value.toString());
		}
	}

	/**
	 * Reads an item back.
	 *
	 * @throws IOException when the file is not a readable outbox item
	 */
	static OutboxItem fromBytes(byte[] bytes) throws IOException {
		Properties p = new Properties();
		p.load(new ByteArrayInputStream(bytes));
		try {
			int version = Integer.parseInt(required(p, "formatVersion"));
			if (version > FORMAT_VERSION) {
				throw new IOException("format version " + version + " is newer than this workstation knows ("
						+ FORMAT_VERSION + ")");
			}
			OutboxItem item = new OutboxItem(required(p, "controlId"), required(p, "reportId"),
					p.getProperty("accessionNumber", ""), ResultStatus.ofCode(required(p, "resultStatus")),
					Integer.parseInt(p.getProperty("addendumCount", "0")), Long.parseLong(required(p, "sequence")),
					Instant.parse(required(p, "queuedAt")), required(p, "message"));
			item.state = DeliveryState.valueOf(required(p, "state"));
			item.attempts = Integer.parseInt(p.getProperty("attempts", "0"));
			item.possiblyDelivered = Boolean.parseBoolean(p.getProperty("possiblyDelivered", "false"));
			item.lastAttemptAt = instant(p, "lastAttemptAt");
			item.nextAttemptAt = instant(p, "nextAttemptAt");
			item.lastError = p.getProperty("lastError");
			item.ackCode = p.getProperty("ackCode");
			item.reason = p.getProperty("reason");
			item.acknowledgedAt = instant(p, "acknowledgedAt");
			return item;
		} catch (IllegalArgumentException | DateTimeParseException e) {
			throw new IOException("malformed outbox item: " + e.getMessage(), e);
		}
	}

	private static String required(Properties p, String key) throws IOException {
		String value = p.getProperty(key);
		if (value == null) {
			throw new IOException("malformed outbox item: no " + key);
		}
		return value;
	}

	private static Instant instant(Properties p, String key) {
		String value = p.getProperty(key);
		return value == null ? null : Instant.parse(value);
	}
}
