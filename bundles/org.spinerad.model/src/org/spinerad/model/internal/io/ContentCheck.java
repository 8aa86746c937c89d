package org.spinerad.model.internal.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.spinerad.model.Report;
import org.spinerad.model.validation.Locations;

/**
 * Checks a report just read, whatever its format: every reference points at
 * an object of the same report (never a proxy to another file or address),
 * and no id is used twice.
 */
public final class ContentCheck {

	private ContentCheck() {
	}

	/** @return null when the report is whole, else where and what is wrong and how to fix it */
	public static String problem(Report report) {
		for (var all = EcoreUtil.<EObject> getAllProperContents(report, false); all.hasNext();) {
			String dangling = references(all.next(), report);
			if (dangling != null) {
				return dangling;
			}
		}
		return duplicateId(report);
	}

	/**
	 * @return null when no id is used twice in the tree of an object, else
	 *         where and how to fix it; also called on what was read of a report
	 *         that failed to load, since a duplicate id confuses the resolution
	 *         of references
	 */
	public static String duplicateId(EObject root) {
		Map<String, EObject> ids = new HashMap<>();
		for (var all = EcoreUtil.<EObject> getAllProperContents(List.of(root), false); all.hasNext();) {
			EObject object = all.next();
			EAttribute idAttribute = object.eClass().getEIDAttribute();
			if (idAttribute != null && object.eGet(idAttribute) instanceof String id) {
				EObject first = ids.putIfAbsent(id, object);
				if (first != null) {
					return Locations.describe(object) + ": the id '" + StrictValues.clip(id) + "' is also used by "
							+ Locations.describe(first) + "; give each finding its own id";
				}
			}
		}
		return null;
	}

	private static String references(EObject object, Report report) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isTransient()
					|| reference.isDerived()) {
				continue;
			}
			Object value = object.eGet(reference, false);
			List<?> targets = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
			for (Object target : targets) {
				if (target instanceof InternalEObject internal && internal.eIsProxy()) {
					return Locations.describe(object) + ": the reference '"
							+ StrictValues.clip(String.valueOf(internal.eProxyURI()))
							+ "' points outside this report; nothing is loaded from other files or addresses;"
							+ " refer to a finding of this report by its id";
				}
				if (target instanceof EObject eObject && EcoreUtil.getRootContainer(eObject) != report) {
					return Locations.describe(object) + ": a reference points at an object outside this report;"
							+ " refer to a finding of this report by its id";
				}
			}
		}
		return null;
	}
}
