package org.spinerad.model.validation;

/**
 * When a report is validated. Some rules only warn while the radiologist is
 * still writing and become errors, which block signing, at sign-off.
 */
public enum Phase {
	/** While editing: problems are shown, nothing is blocked. */
	EDITING,
	/** Before signing as preliminary or final: errors block signing. */
	SIGNING
}
