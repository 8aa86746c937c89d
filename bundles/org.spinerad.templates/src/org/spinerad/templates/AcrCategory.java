package org.spinerad.templates;

/**
 * The ACR Actionable Reporting categories a decision-support conclusion falls
 * in (domain guide 7.2): category 1 needs communication within minutes, person
 * to person; 2 within hours; 3 within days. The guide maps some results to a
 * range ("1-2", "2-3"); the least urgent bound decides what sign-off demands:
 * a complete communication record when it is 1 or 2, a documented notification
 * or an explicit routine choice when it is 3.
 */
public enum AcrCategory {
	/** No non-routine communication needed. */
	NONE(0, 0, "none", "routine report"),
	/** Category 1: within minutes, person to person. */
	CATEGORY_1(1, 1, "1", "within minutes, person to person"),
	/** Category 1 or 2: within minutes to hours. */
	CATEGORY_1_2(1, 2, "1\u20132", "within minutes to hours"),
	/** Category 2: within hours. */
	CATEGORY_2(2, 2, "2", "within hours"),
	/** Category 2 or 3: within hours to days. */
	CATEGORY_2_3(2, 3, "2\u20133", "within hours to days"),
	/** Category 3: within days. */
	CATEGORY_3(3, 3, "3", "within days");

	private final int mostUrgent;
	private final int leastUrgent;
	private final String label;
	private final String urgency;

	AcrCategory(int mostUrgent, int leastUrgent, String label, String urgency) {
		this.mostUrgent = mostUrgent;
		this.leastUrgent = leastUrgent;
		this.label = label;
		this.urgency = urgency;
	}

	/** @return the most urgent category of the range (1 to 3), 0 for {@link #NONE} */
	public int mostUrgent() {
		return mostUrgent;
	}

	/** @return the least urgent category of the range (1 to 3), 0 for {@link #NONE}; a record of this category or a more urgent one covers the result */
	public int leastUrgent() {
		return leastUrgent;
	}

	/** @return the category as the guide writes it, e.g. "1\u20132" */
	public String label() {
		return label;
	}

	/** @return when the result must be communicated, in words */
	public String urgency() {
		return urgency;
	}

	/** @return whether signing needs a complete communication record (recipient, method, time, read-back, category) */
	public boolean needsRecord() {
		return leastUrgent == 1 || leastUrgent == 2;
	}

	/** @return whether signing needs a documented notification or an explicit routine choice */
	public boolean needsNotice() {
		return leastUrgent == 3;
	}

	/** @return the more urgent of the two (by most urgent bound, then least urgent bound) */
	public AcrCategory moreUrgent(AcrCategory other) {
		if (this == NONE) {
			return other;
		}
		if (other == NONE) {
			return this;
		}
		if (other.mostUrgent != mostUrgent) {
			return other.mostUrgent < mostUrgent ? other : this;
		}
		return other.leastUrgent < leastUrgent ? other : this;
	}
}
