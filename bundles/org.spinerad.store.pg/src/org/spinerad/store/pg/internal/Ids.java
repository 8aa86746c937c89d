package org.spinerad.store.pg.internal;

import java.util.regex.Pattern;

import org.spinerad.store.StoreException;

/** Report ids as the file store accepts them, so that every report can move between the stores. */
final class Ids {

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

	private Ids() {
	}

	static String check(String id) throws StoreException {
		if (id == null || !SAFE_ID.matcher(id).matches()) {
			throw new StoreException("'" + id + "' is not a valid report id; ids use letters, digits, '.', '_' and '-'");
		}
		return id;
	}
}
