package org.spinerad.store.pg.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.spinerad.store.Revision;
import org.spinerad.store.RevisionArchive;
import org.spinerad.store.StoreException;

/**
 * Copies every version of every report and every draft from one store into
 * another as stored bytes, then checks the target by count and by a SHA-256
 * over the ids, versions, who saved them and when, and the bytes.
 */
public final class StoreCopy {

	/**
	 * What a copy moved.
	 *
	 * @param reports  reports copied
	 * @param versions versions of them copied
	 * @param drafts   drafts copied
	 * @param sha256   the content hash, equal in source and target
	 */
	public record Result(int reports, int versions, int drafts, String sha256) {
	}

	private StoreCopy() {
	}

	public static Result copy(RevisionArchive from, RevisionArchive to) throws StoreException {
		List<String> reports = from.reportIds();
		List<String> drafts = from.draftIds();
		for (String id : reports) {
			for (Revision r : from.history(id)) {
				to.putRevision(id, r, from.revisionBytes(id, r.version()));
			}
		}
		for (String id : drafts) {
			to.putDraft(id, from.draftBytes(id));
		}
		Result source = digest(from, reports, drafts);
		Result target = digest(to, reports, drafts);
		if (!source.equals(target)) {
			throw new StoreException("The copy does not match its source: source " + source + ", target " + target
					+ "; the target held other versions of these reports; copy into an empty store");
		}
		return source;
	}

	/** @return counts and the content hash of the given reports and drafts in a store */
	public static Result digest(RevisionArchive store, List<String> reports, List<String> drafts)
			throws StoreException {
		MessageDigest sha = sha256();
		int versions = 0;
		for (String id : reports) {
			for (Revision r : store.history(id)) {
				versions++;
				text(sha, "R\n" + id + "\n" + r.version() + "\n" + r.by().user() + "\n" + r.by().workstation() + "\n"
						+ r.modifiedAt().truncatedTo(ChronoUnit.MILLIS) + "\n");
				bytes(sha, store.revisionBytes(id, r.version()));
			}
		}
		for (String id : drafts) {
			text(sha, "D\n" + id + "\n");
			bytes(sha, store.draftBytes(id));
		}
		return new Result(reports.size(), versions, drafts.size(), HexFormat.of().formatHex(sha.digest()));
	}

	private static void text(MessageDigest sha, String s) {
		sha.update(s.getBytes(StandardCharsets.UTF_8));
	}

	private static void bytes(MessageDigest sha, byte[] b) {
		text(sha, b.length + "\n");
		sha.update(b);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
