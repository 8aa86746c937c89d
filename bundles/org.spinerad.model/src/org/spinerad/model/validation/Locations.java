package org.spinerad.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.spinerad.model.Component;
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.Sequence;
import org.spinerad.model.query.Reports;

/** Says where an object sits in a report, in words a radiologist understands. */
public final class Locations {

	private Locations() {
	}

	/** @return e.g. "Epidural space, finding F3 (L3-L4)" or "Impression item 2" */
	public static String describe(EObject object) {
		if (object == null) {
			return "Report";
		}
		if (object instanceof Report) {
			return "Report";
		}
		if (object instanceof Region region) {
			return Words.region(region.getKind());
		}
		if (object instanceof Finding finding) {
			Region region = Reports.regionOf(finding);
			String where = region != null ? Words.region(region.getKind()) + ", finding " : "Finding ";
			String name = finding.getId() != null ? finding.getId()
					: region != null ? "#" + (region.getFindings().indexOf(finding) + 1) : "";
			return where + name + levels(finding);
		}
		if (object instanceof Component component) {
			return describe(component.eContainer()) + ", component " + Words.value(component.getType());
		}
		if (object instanceof ImpressionItem item && item.eContainer() instanceof Report report) {
			return "Impression item " + (report.getImpression().indexOf(item) + 1);
		}
		if (object instanceof CriticalCommunication record && record.eContainer() instanceof Report report) {
			return "Critical-result communication " + (report.getCommunications().indexOf(record) + 1);
		}
		if (object instanceof Sequence sequence && sequence.eContainer() != null) {
			return "Exam, sequence '" + (sequence.getName() != null ? sequence.getName() : "#"
					+ (sequence.eContainer().eContents().indexOf(sequence) + 1)) + "'";
		}
		String owner = object.eContainer() != null && !(object.eContainer() instanceof Report)
				? describe(object.eContainer()) + ", " : "";
		String kind = Words.kind(object);
		String text = owner + (owner.isEmpty() ? kind : kind.toLowerCase(java.util.Locale.ROOT));
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** @return the location with the field, e.g. "Exam, contrast: volume ml" */
	public static String describe(EObject object, EStructuralFeature feature) {
		return feature == null ? describe(object) : describe(object) + ": " + Words.feature(feature);
	}

	private static String levels(Finding finding) {
		if (finding.getFrom() == null) {
			return " (no level)";
		}
		return finding.getTo() == null ? " (" + finding.getFrom() + ")"
				: " (" + finding.getFrom() + " to " + finding.getTo() + ")";
	}

}
