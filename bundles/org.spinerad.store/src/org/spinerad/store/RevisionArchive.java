package org.spinerad.store;

import java.util.List;

/**
 * The raw content of a store, for copying one store into another: every
 * version of every report and every draft, as stored bytes (XMI), so that a
 * copy can be checked by content hash.
 */
public interface RevisionArchive {

	/** @return the ids of all saved reports */
	List<String> reportIds() throws StoreException;

	/** @return the ids of all drafts */
	List<String> draftIds() throws StoreException;

	/** @return every saved version of a report, oldest first; the last is the current one */
	List<Revision> history(String id) throws StoreException;

	/** @return the stored bytes of one version of a report */
	byte[] revisionBytes(String id, long version) throws StoreException;

	/** @return the stored bytes of the draft of a report */
	byte[] draftBytes(String id) throws StoreException;

	/**
	 * Stores a version of a report as it was (copying between stores); the highest version becomes the
	 * current one.
	 */
	void putRevision(String id, Revision revision, byte[] xmi) throws StoreException;

	/** Stores the bytes of a draft as they were. */
	void putDraft(String id, byte[] xmi) throws StoreException;
}
