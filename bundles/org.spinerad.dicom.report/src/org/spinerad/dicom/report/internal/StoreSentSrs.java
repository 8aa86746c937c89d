package org.spinerad.dicom.report.internal;

import java.io.IOException;
import java.util.Optional;

import org.spinerad.dicom.report.SrReference;
import org.spinerad.store.Actor;
import org.spinerad.store.AuditEntry;
import org.spinerad.store.ReportStore;
import org.spinerad.store.StoreException;

/**
 * The SRs made per step, kept in the report store's audit trail (the folder
 * store's {@code audit.log}, or the department database), one entry
 * {@value #ACTION} per step with the step and the four UIDs; the entry's time
 * is the SR's creation time. The trail is only appended to, so the first
 * entry of a step is the SR of that step on every workstation.
 */
final class StoreSentSrs implements SentSrs {

	/** Action of the audit entries. */
	static final String ACTION = "made SR";

	private final ReportStore store;

	StoreSentSrs(ReportStore store) {
		this.store = store;
	}

	@Override
	public Optional<Made> find(String reportId, String step) throws IOException {
		try {
			for (AuditEntry entry : store.auditTrail(reportId)) {
				if (ACTION.equals(entry.action())) {
					Optional<SrReference> sr = parse(entry.detail(), step);
					if (sr.isPresent()) {
						return Optional.of(new Made(sr.get(), entry.at()));
					}
				}
			}
			return Optional.empty();
		} catch (StoreException e) {
			throw new IOException("the SRs sent of report " + reportId + " cannot be read: " + e.getMessage(), e);
		}
	}

	@Override
	public Made record(String reportId, String step, SrReference sr) throws IOException {
		Optional<Made> first = find(reportId, step);
		if (first.isPresent()) {
			return first.get();
		}
		try {
			store.audit(reportId, ACTION, Actor.system(), String.join(" ", step, "study", sr.studyInstanceUid(),
					"series", sr.seriesInstanceUid(), "class", sr.sopClassUid(), "instance", sr.sopInstanceUid()));
		} catch (StoreException e) {
			throw new IOException("the SR made for step " + step + " cannot be recorded: " + e.getMessage(), e);
		}
		return find(reportId, step).orElseThrow(
				() -> new IOException("the SR made for step " + step + " was recorded but cannot be read back"));
	}

	/** @return the SR of an entry's detail when it is of the step */
	static Optional<SrReference> parse(String detail, String step) {
		String[] f = detail == null ? new String[0] : detail.strip().split(" ");
		if (f.length != 9 || !f[0].equals(step) || !"study".equals(f[1]) || !"series".equals(f[3])
				|| !"class".equals(f[5]) || !"instance".equals(f[7])) {
			return Optional.empty();
		}
		return Optional.of(new SrReference(f[2], f[4], f[6], f[8]));
	}
}
