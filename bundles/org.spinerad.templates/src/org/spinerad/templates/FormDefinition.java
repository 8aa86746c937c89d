package org.spinerad.templates;

import java.util.List;
import java.util.Optional;

import org.spinerad.model.RegionKind;

/**
 * What the report form of a template shows: the regions in order, each with
 * its normal statement and the fields of its findings with pick lists.
 *
 * @param regions the regions, in anatomical reporting order
 */
public record FormDefinition(List<RegionForm> regions) {

	public FormDefinition {
		regions = List.copyOf(regions);
	}

	/** @return the form of one region */
	public Optional<RegionForm> region(RegionKind kind) {
		return regions.stream().filter(r -> r.kind() == kind).findFirst();
	}

	/**
	 * One region of the form.
	 *
	 * @param kind            the region
	 * @param label           heading shown to users
	 * @param normalStatement the sentence filled in by "normal region"
	 * @param fields          the fields of a finding in this region, in form order
	 */
	public record RegionForm(RegionKind kind, String label, String normalStatement, List<FieldSpec> fields) {
		public RegionForm {
			fields = List.copyOf(fields);
		}
	}

	/**
	 * One field of a finding.
	 *
	 * @param feature      name of the model feature, e.g. {@code collapsePercent} or
	 *                     {@code enhancement.pattern} for a nested one
	 * @param label        label shown to users
	 * @param required     whether the template needs it before signing
	 * @param choices      pick list: enum literals offered, in order (empty for free input)
	 * @param defaultValue literal or value a new finding starts with, or null
	 * @param help         tooltip text: what the field means, how to judge it
	 */
	public record FieldSpec(String feature, String label, boolean required, List<String> choices, String defaultValue,
			String help) {
		public FieldSpec {
			choices = List.copyOf(choices);
		}
	}
}
