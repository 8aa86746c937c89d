package org.spinerad.templates.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.spinerad.model.Component;
import org.spinerad.model.CordFinding;
import org.spinerad.model.DiscFinding;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.FacetFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.edit.Formats;
import org.spinerad.model.levels.Vertebra;
import org.spinerad.model.edit.Vocabulary;
import org.spinerad.templates.FindingFacts;

/**
 * The data view of one finding: what was recorded, not sentences. Every
 * attribute is given three ways: {@code facts} (enum literals, numbers,
 * booleans, text, as recorded), {@code labels} (the vocabulary's words for enum
 * values) and {@code numbers} (numbers written as reports write them). The
 * sentences are made by the template library ({@code lib/phrases.ftl}), which
 * a department can override.
 */
final class FindingView {

	private FindingView() {
	}

	static Map<String, Object> of(Finding f) {
		Map<String, Object> m = new LinkedHashMap<>();
		put(m, "id", f.getId());
		m.put("kind", kind(f));
		m.put("label", f.getDescription() != null ? f.getDescription() : defaultLabel(f));
		put(m, "levels", Formats.levels(f));
		put(m, "from", f.getFrom() == null ? null : f.getFrom().toString());
		put(m, "to", f.getTo() == null ? null : f.getTo().toString());
		m.put("side", f.getSide().getLiteral());
		m.put("nature", f.getNature().getLiteral());
		m.put("critical", f.isCritical());
		put(m, "size", Formats.size(f));
		put(m, "remark", f.getRemark());
		m.putAll(attributes(f));
		if (f.getEnhancement() != null) {
			m.put("enhancement", attributes(f.getEnhancement()));
		}
		if (f.getDelayedEnhancement() != null) {
			m.put("delayedEnhancement", attributes(f.getDelayedEnhancement()));
		}
		put(m, "dimensions", Formats.dimensions(f));
		if (f instanceof ParaspinalFinding p && p.getFrom() != null) {
			// whether the psoas (T12 to L5) can be the site at these levels
			m.put("psoasLevel", FindingFacts.overlaps(p, Vertebra.T12.ordinal(), Vertebra.L5.ordinal()));
		}
		if (f instanceof CordFinding c && c.getLargestNoduleMm() != null) {
			// "0.6 cm": the largest nodule as impressions write a single diameter
			m.put("largestNoduleSize", Formats.diameter(c.getLargestNoduleMm()));
		}
		if (f instanceof EpiduralFinding e) {
			List<Object> components = new ArrayList<>();
			for (Component c : e.getComponents()) {
				Map<String, Object> cm = attributes(c);
				put(cm, "levels", Formats.levels(c));
				put(cm, "size", Formats.size(c));
				put(cm, "dimensions", Formats.dimensions(c));
				if (c.getEnhancement() != null) {
					cm.put("enhancement", attributes(c.getEnhancement()));
				}
				components.add(cm);
			}
			m.put("components", components);
		}
		return m;
	}

	/** @return facts, labels and numbers of the single-valued attributes that have a value */
	static Map<String, Object> attributes(EObject o) {
		Map<String, Object> facts = new LinkedHashMap<>();
		Map<String, Object> labels = new LinkedHashMap<>();
		Map<String, Object> numbers = new LinkedHashMap<>();
		for (EAttribute a : o.eClass().getEAllAttributes()) {
			Object value = a.isMany() ? null : o.eGet(a);
			if (value instanceof Enumerator e) {
				facts.put(a.getName(), e.getLiteral());
				labels.put(a.getName(), Vocabulary.label(e));
			} else if (value instanceof Number n) {
				facts.put(a.getName(), n);
				numbers.put(a.getName(), n instanceof Double d ? Formats.number(d) : n.toString());
			} else if (value instanceof Boolean || value instanceof String) {
				facts.put(a.getName(), value);
			} else if (value != null && !(value instanceof java.util.Date)) {
				// levels and other model data types, as written in reports ("T6")
				facts.put(a.getName(), value.toString());
			}
		}
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("facts", facts);
		m.put("labels", labels);
		m.put("numbers", numbers);
		return m;
	}

	private static String kind(Finding f) {
		return f instanceof MarrowFinding ? "marrow"
				: f instanceof DiscFinding ? "disc"
						: f instanceof EpiduralFinding ? "epidural"
								: f instanceof CordFinding ? "cord"
										: f instanceof FacetFinding ? "facet"
												: f instanceof ParaspinalFinding ? "paraspinal" : "finding";
	}

	private static String defaultLabel(Finding f) {
		return switch (kind(f)) {
		case "marrow" -> "marrow signal abnormality";
		case "disc" -> "disc";
		case "epidural" -> "epidural lesion";
		case "cord" -> "intradural finding";
		case "facet" -> "facet joint";
		case "paraspinal" -> "paraspinal finding";
		default -> "finding";
		};
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}
}
