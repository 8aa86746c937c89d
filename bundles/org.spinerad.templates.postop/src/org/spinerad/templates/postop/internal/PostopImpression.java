package org.spinerad.templates.postop.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spinerad.model.CollectionType;
import org.spinerad.model.Component;
import org.spinerad.model.CordFinding;
import org.spinerad.model.DiscFinding;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Herniation;
import org.spinerad.model.ImpressionCategory;
import org.spinerad.model.ParaspinalFinding;
import org.spinerad.model.Sequence;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.FindingFacts;
import org.spinerad.templates.ImpressionPlan;
import org.spinerad.templates.ImpressionPlan.Item;
import org.spinerad.templates.ImpressionSelection;

/** Items of the postoperative template: collections, scar versus disc, discitis, arachnoiditis, the delayed-phase pitfall. */
final class PostopImpression implements ImpressionSelection {

	private static final Pattern DAYS = Pattern.compile("^(\\d+) days");

	@Override
	public void select(ImpressionPlan plan) {
		Integer days = plan.first("postop.interval").map(c -> {
			Matcher m = DAYS.matcher(c.value());
			return m.find() ? Integer.valueOf(m.group(1)) : null;
		}).orElse(null);
		for (String rule : new String[] { "postop.pseudomeningocele", "postop.seroma", "postop.abscess" }) {
			for (Conclusion c : plan.conclusions(rule)) {
				ParaspinalFinding p = plan.finding(c, ParaspinalFinding.class);
				boolean abscess = rule.endsWith("abscess");
				plan.add("collection:" + (p == null ? c.label() : p.getId()), "collection",
						abscess ? ImpressionCategory.INFECTION : ImpressionCategory.OTHER, 10).role("main", p)
						.conclusion("collection", c);
			}
		}
		for (Conclusion c : plan.conclusions("postop.scar-vs-disc")) {
			EpiduralFinding e = plan.finding(c, EpiduralFinding.class);
			if (e == null) {
				continue;
			}
			DiscFinding disc = FindingFacts.of(plan.report(), DiscFinding.class).stream()
					.filter(d -> d.getHerniation() != Herniation.NONE && d.getHerniation() != Herniation.BULGE
							&& FindingFacts.overlaps(d, FindingFacts.top(e), FindingFacts.bottom(e)))
					.findFirst().orElse(null);
			String value = c.value();
			if (value.startsWith("both") || value.startsWith("disc") || value.startsWith("recurrent")) {
				Component fragment = e.getComponents().stream().filter(k -> k.getType() == CollectionType.DISC)
						.findFirst().orElse(null);
				Item item = plan.add("recurrent-disc:" + e.getId(), "recurrent-disc",
						ImpressionCategory.OTHER, 10).role("main", e).role("disc", disc).conclusion("scarVsDisc", c)
						.fact("fragmentCenter", fragment == null || fragment.getEnhancement() == null ? null
								: fragment.getEnhancement().getCenter().getLiteral())
						.fact("earlyMinutes", e.getAssessedMinutesAfterInjection());
				if (value.startsWith("both")) {
					plan.add("scar:" + e.getId(), "surrounding-scar", ImpressionCategory.OTHER, 21)
							.role("main", e).after(item);
				}
			} else if (value.startsWith("scar")) {
				plan.add("scar:" + e.getId(), "scar", ImpressionCategory.OTHER, 20).role("main", e)
						.conclusion("scarVsDisc", c).fact("noHerniation", disc == null);
			} else {
				plan.add("tissue:" + e.getId(), "indeterminate-tissue", ImpressionCategory.OTHER, 30)
						.role("main", e).conclusion("scarVsDisc", c).fact("days", days)
						.fact("weeks", days == null ? null : Math.round(days / 7.0)).fact("early", days != null && days < 180);
			}
		}
		for (Conclusion c : plan.conclusions("postop.discitis")) {
			boolean negative = c.value().startsWith("not supported");
			plan.add("discitis:" + c.label(), negative ? "no-discitis" : "discitis",
					negative ? ImpressionCategory.OTHER : ImpressionCategory.INFECTION, negative ? 25 : 5)
					.role("disc", plan.finding(c, DiscFinding.class)).conclusion("discitis", c).fact("days", days);
		}
		for (Conclusion c : plan.conclusions("postop.arachnoiditis")) {
			plan.add("arachnoiditis:" + c.label(), "arachnoiditis", ImpressionCategory.OTHER, 30)
					.role("main", plan.finding(c, CordFinding.class)).conclusion("arachnoiditis", c);
		}
		for (Conclusion c : plan.conclusions("postop.enhancement-timing")) {
			Double delayed = plan.report().getExam() == null ? null
					: plan.report().getExam().getSequences().stream().filter(Sequence::isPostContrast)
							.map(Sequence::getMinutesAfterInjection).filter(m -> m != null).max(Double::compare)
							.orElse(null);
			EpiduralFinding e = plan.finding(c, EpiduralFinding.class);
			if (delayed != null && e != null && e.getAssessedMinutesAfterInjection() != null
					&& c.value().startsWith("delayed series")) {
				plan.add("delayed:" + e.getId(), "delayed-pitfall", ImpressionCategory.OTHER, 40)
						.role("main", e).conclusion("timing", c).fact("delayedMinutes", delayed)
						.fact("earlyMinutes", e.getAssessedMinutesAfterInjection());
			}
		}
	}
}
