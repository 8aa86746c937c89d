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
	 * @param when         when the field applies to a finding (the form shows it
	 *                     then, and whenever it holds a value); {@link Condition#ALWAYS}
	 *                     for every finding
	 */
	public record FieldSpec(String feature, String label, boolean required, List<String> choices, String defaultValue,
			String help, Condition when) {
		public FieldSpec {
			choices = List.copyOf(choices);
			when = when == null ? Condition.ALWAYS : when;
		}

		/** A field that applies to every finding. */
		public FieldSpec(String feature, String label, boolean required, List<String> choices, String defaultValue,
				String help) {
			this(feature, label, required, choices, defaultValue, help, Condition.ALWAYS);
		}

		/** @return this field, applying only when the condition holds */
		public FieldSpec when(Condition condition) {
			return new FieldSpec(feature, label, required, choices, defaultValue, help, condition);
		}
	}

	/**
	 * When a field applies: another feature of the same finding holds one of
	 * some values. Alternatives combine with "or"; no alternative means always.
	 *
	 * @param anyOf the alternatives
	 */
	public record Condition(List<Clause> anyOf) {

		/** Applies to every finding. */
		public static final Condition ALWAYS = new Condition(List.of());

		public Condition {
			anyOf = List.copyOf(anyOf);
		}

		/**
		 * @param feature the governing feature, e.g. {@code nature} or {@code enhancement.pattern}
		 * @param values  enum literals, {@code true}/{@code false}, or {@link Clause#ENTERED} for any value
		 * @return a condition: the feature holds one of the values
		 */
		public static Condition when(String feature, String... values) {
			return ALWAYS.or(feature, values);
		}

		/** @return this condition or another alternative */
		public Condition or(String feature, String... values) {
			List<Clause> clauses = new java.util.ArrayList<>(anyOf);
			clauses.add(new Clause(feature, List.of(values)));
			return new Condition(clauses);
		}

		/** @return whether the field applies to every finding */
		public boolean always() {
			return anyOf.isEmpty();
		}

		/** @return the features whose values decide, in declaration order without repeats */
		public List<String> governing() {
			return anyOf.stream().map(Clause::feature).distinct().toList();
		}

		/**
		 * @param valueOf the current value of a feature of the finding, as its
		 *                literal ({@code "neoplastic"}, {@code "true"}, {@code "12"}),
		 *                or null when it holds none
		 * @return whether the field applies
		 */
		public boolean test(java.util.function.Function<String, String> valueOf) {
			return always() || anyOf.stream().anyMatch(c -> c.test(valueOf.apply(c.feature())));
		}
	}

	/**
	 * One alternative of a {@link Condition}.
	 *
	 * @param feature the governing feature
	 * @param values  the literals that make it hold; {@link #ENTERED} for any value
	 */
	public record Clause(String feature, List<String> values) {

		/** Stands for any value (the feature is not empty). */
		public static final String ENTERED = "*";

		public Clause {
			values = List.copyOf(values);
		}

		/** @param literal the governing feature's value, null when it holds none */
		public boolean test(String literal) {
			return literal != null && (values.contains(ENTERED) || values.contains(literal));
		}
	}
}
