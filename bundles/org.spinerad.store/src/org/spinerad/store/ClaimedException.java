package org.spinerad.store;

/** Someone else holds the claim on a report; nothing was written. */
public class ClaimedException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final transient Claim claim;

	public ClaimedException(Claim claim) {
		super("Report " + claim.reportId() + " is " + claim.describe()
				+ "; it is read-only for you until they sign or close it, or an admin takes it over.");
		this.claim = claim;
	}

	/** @return the claim that blocks */
	public Claim claim() {
		return claim;
	}
}
