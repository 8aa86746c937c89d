package org.spinerad.templates.tumor.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spinerad.model.BoneLesionType;
import org.spinerad.model.CollectionType;
import org.spinerad.model.CordFinding;
import org.spinerad.model.EnhancementPresence;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.FacetFinding;
import org.spinerad.model.Finding;
import org.spinerad.model.ImpressionCategory;
import org.spinerad.model.LeptomeningealPattern;
import org.spinerad.model.LesionNature;
import org.spinerad.model.MarrowFinding;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.FindingFacts;
import org.spinerad.templates.ImpressionPlan;
import org.spinerad.templates.ImpressionPlan.Item;
import org.spinerad.templates.ImpressionSelection;

/** Items of the tumor template: each bone lesion with its Bilsky grade and its own SINS, intradural disease, benign fractures. */
final class TumorImpression implements ImpressionSelection {

	/** A SINS reason: "location: T6, semirigid (T3-T10): 1 point". */
	private static final Pattern COMPONENT = Pattern.compile("^(location|pain|bone lesion|alignment|collapse|posterolateral): .*: ([0-9-]+) points?$");
	private static final Pattern FIRST_NUMBER = Pattern.compile("^(\\d+)");

	@Override
	public void select(ImpressionPlan plan) {
		for (Conclusion c : plan.conclusions("tumor.leptomeningeal")) {
			Item item = plan.add("leptomeningeal", "leptomeningeal", ImpressionCategory.OTHER, 10)
					.conclusion("leptomeningeal", c);
			c.reasons().stream().map(r -> plan.finding(r.findingId())).filter(CordFinding.class::isInstance)
					.map(CordFinding.class::cast).distinct().forEach(f -> item.role(
							f.getLeptomeningealPattern() == LeptomeningealPattern.NODULAR ? "nodular" : "smooth", f));
		}
		for (Conclusion c : plan.conclusions("tumor.intramedullary")) {
			CordFinding f = plan.finding(c, CordFinding.class);
			plan.add("intramedullary:" + (f == null ? c.label() : f.getId()), "intramedullary",
					ImpressionCategory.OTHER, 10).role("main", f).conclusion("pattern", c);
		}
		lesions(plan);
		for (Conclusion c : plan.conclusions("tumor.dural-enhancement")) {
			CordFinding f = plan.finding(c, CordFinding.class);
			plan.add("dural:" + (f == null ? c.label() : f.getId()), "dural-enhancement",
					ImpressionCategory.OTHER, 20).role("main", f).conclusion("dural", c);
		}
	}

	private static void lesions(ImpressionPlan plan) {
		List<MarrowFinding> sclerotic = new ArrayList<>();
		for (MarrowFinding m : FindingFacts.of(plan.report(), MarrowFinding.class)) {
			Conclusion fracture = plan.conclusions("tumor.fracture").stream()
					.filter(c -> c.label().endsWith(" " + FindingFacts.levels(m))).findFirst().orElse(null);
			if (m.getNature() != LesionNature.NEOPLASTIC) {
				if (fracture != null && fracture.value().startsWith("favors benign")) {
					plan.add("fracture:" + m.getId(), "benign-fracture", ImpressionCategory.OTHER, 40)
							.role("main", m).conclusion("fracture", fracture)
							.fact("features", fracture.reasons().stream().map(r -> r.text())
									.filter(t -> t.startsWith("favors benign: "))
									.map(t -> t.substring("favors benign: ".length())).toList());
				}
				continue;
			}
			EpiduralFinding epidural = FindingFacts.of(plan.report(), EpiduralFinding.class).stream()
					.filter(e -> e.getClassification() == CollectionType.TUMOR
							&& FindingFacts.overlaps(e, FindingFacts.top(m), FindingFacts.bottom(m)))
					.findFirst().orElse(null);
			Conclusion bilsky = conclusionAbout(plan, "tumor.bilsky", m);
			Conclusion sins = conclusionAbout(plan, "tumor.sins", m);
			int sinsLow = sins == null ? -1 : firstNumber(sins.value());
			boolean sinsItem = sinsLow >= 7;
			if (epidural == null && !sinsItem && m.getBoneLesion() == BoneLesionType.BLASTIC && m.getEnhancement() != null
					&& m.getEnhancement().getPresence() == EnhancementPresence.NONE
					&& (m.getCollapsePercent() == null || m.getCollapsePercent() == 0)) {
				sclerotic.add(m);
				continue;
			}
			String grade = bilsky == null || bilsky.value().startsWith("not graded") ? null
					: bilsky.value().split(",")[0].strip();
			ImpressionCategory category = "2".equals(grade) || "3".equals(grade) ? ImpressionCategory.CORD_COMPRESSION
					: "1c".equals(grade) ? ImpressionCategory.INTERMEDIATE : ImpressionCategory.OTHER;
			Item lesion = plan.add("lesion:" + m.getId(), "bone-lesion", category, 30).role("main", m)
					.role("epidural", epidural).conclusion("bilsky", bilsky).fact("bilsky", grade)
					.fact("pathologic", fracture != null && fracture.value().startsWith("favors malignant"))
					.fact("knownCancer", plan.report().getClinical() != null && plan.report().getClinical().getKnownPrimaryCancer() != null);
			FindingFacts.of(plan.report(), ParaspinalFinding.class).stream()
					.filter(p -> p.getNature() == LesionNature.NEOPLASTIC && FindingFacts.overlaps(p, FindingFacts.top(m), FindingFacts.bottom(m)))
					.forEach(lesion::link);
			if (sinsItem) {
				Item score = plan.add("sins:" + m.getId(), "sins",
						sinsLow >= 13 ? ImpressionCategory.UNSTABLE_NEOPLASTIC : ImpressionCategory.INTERMEDIATE, 30)
						.role("main", m).conclusion("sins", sins).after(lesion)
						.fact("score", sins.value().split(" ")[0]).fact("unstable", sinsLow >= 13)
						.fact("components", components(sins));
				FindingFacts.of(plan.report(), FacetFinding.class).stream()
						.filter(f -> f.getNature() == LesionNature.NEOPLASTIC && FindingFacts.overlaps(f, FindingFacts.top(m), FindingFacts.bottom(m)))
						.forEach(score::link);
			}
		}
		if (!sclerotic.isEmpty()) {
			Item item = plan.add("sclerotic:" + sclerotic.get(0).getId(), "sclerotic-lesions",
					ImpressionCategory.OTHER, 30);
			sclerotic.forEach(m -> item.add("lesions", m));
			sclerotic.forEach(m -> item.conclusion("bilsky" + m.getId(), conclusionAbout(plan, "tumor.bilsky", m)));
			item.fact("bilsky", sclerotic.stream().allMatch(m -> {
				Conclusion b = conclusionAbout(plan, "tumor.bilsky", m);
				return b != null && b.value().startsWith("0");
			}) ? "0" : null);
		}
	}

	/** @return the conclusion of a rule whose label names the finding's levels, e.g. "SINS T6" */
	private static Conclusion conclusionAbout(ImpressionPlan plan, String rule, Finding f) {
		return plan.conclusions(rule).stream().filter(c -> c.label().endsWith(" " + FindingFacts.levels(f))).findFirst()
				.orElse(null);
	}

	private static int firstNumber(String value) {
		Matcher m = FIRST_NUMBER.matcher(value);
		return m.find() ? Integer.parseInt(m.group(1)) : -1;
	}

	/** @return the SINS components as name and points, in the order decision support gives them */
	private static List<Object> components(Conclusion sins) {
		List<Object> out = new ArrayList<>();
		sins.reasons().forEach(r -> {
			Matcher m = COMPONENT.matcher(r.text());
			if (m.matches()) {
				Map<String, Object> c = new LinkedHashMap<>();
				c.put("name", m.group(1));
				c.put("points", m.group(2));
				out.add(c);
			}
		});
		return out;
	}
}
