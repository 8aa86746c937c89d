package org.spinerad.templates.postop.internal;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.spinerad.model.RegionKind;
import org.spinerad.templates.BundledTemplateProvider;
import org.spinerad.templates.DecisionSupport;
import org.spinerad.templates.FormDefinition;
import org.spinerad.templates.FormDefinition.Condition;
import org.spinerad.templates.ImpressionSelection;
import org.spinerad.templates.StandardForms;
import org.spinerad.templates.TemplateProvider;

/** The Postoperative spine: scar versus recurrent disc report template: form, pick lists, decision support and FreeMarker templates. */
@Component(service = TemplateProvider.class, property = "template.id=org.spinerad.templates.postop")
public final class PostopTemplate extends BundledTemplateProvider {

	private final DecisionSupport decisionSupport = new PostopDecisionSupport();
	private final ImpressionSelection impression = new PostopImpression();
	private final FormDefinition form = StandardForms.of(NORMAL, REQUIRED, Map.of(), HELP, CONDITIONS);

	@Override
	public String id() {
		return "org.spinerad.templates.postop";
	}

	@Override
	public String version() {
		return "1.0.0";
	}

	@Override
	public String label() {
		return "Postoperative spine: scar versus recurrent disc";
	}

	@Override
	public String scenario() {
		return "postop";
	}

	@Override
	public FormDefinition form() {
		return form;
	}

	@Override
	public DecisionSupport decisionSupport() {
		return decisionSupport;
	}

	@Override
	public ImpressionSelection impressionSelection() {
		return impression;
	}

	private static final Map<RegionKind, String> NORMAL = Map.of(
			RegionKind.BONE_MARROW, "Expected postoperative marrow and endplate signal at the operated level; no marrow edema elsewhere.",
			RegionKind.DISC, "No recurrent or residual disc herniation.",
			RegionKind.EPIDURAL, "No epidural collection; no mass-like epidural tissue.",
			RegionKind.CORD_ROOTS_MENINGES, "Normal cord and conus; nerve roots of normal caliber without clumping.",
			RegionKind.FACETS, "Facet joints without effusion or abnormal enhancement beyond expected postoperative change.",
			RegionKind.PARASPINAL, "Surgical bed without collection.");

	private static final Map<RegionKind, List<String>> REQUIRED = Map.of(
			RegionKind.EPIDURAL, List.of("from", "classification", "enhancement.presence", "enhancement.pattern",
					"massEffect", "continuityWithDisc", "assessedMinutesAfterInjection"));

	private static final Map<String, String> HELP = Map.of(
			"assessedMinutesAfterInjection", "Scar enhances within about 10 minutes; disc material may enhance on delayed images (over about 20 minutes) and mimic scar.",
			"massEffect", "Scar retracts the thecal sac toward it; recurrent disc displaces the sac and root away.",
			"continuityWithDisc", "Recurrent or residual disc is continuous with the parent disc unless sequestered.",
			"rootRelation", "Scar often encases the root; disc displaces it.",
			"continuityWithSurgicalTract", "Scar follows the surgical tract (laminotomy, approach); continuity with it counts for scar.",
			"delayedEnhancement.pattern", "Enhancement on the delayed images, recorded apart from the early images; it is reported but never decides scar versus disc.",
			"nerveRoot", "The root the lesion encases or displaces, e.g. S1; its side is the finding's side.");

	/**
	 * Scar versus disc: its inputs show for every epidural finding not yet
	 * classified as something else. Intact or eroded endplates tell
	 * postoperative change from infection, so they show for postoperative marrow too.
	 */
	private static final Map<String, Condition> CONDITIONS = Map.of(
			"endplate", Condition.when("nature", "postoperative", "infectious", "degenerative", "osteoporotic"),
			"massEffect", scarOrDisc(),
			"rootRelation", scarOrDisc(),
			"continuityWithDisc", scarOrDisc(),
			"assessedMinutesAfterInjection", scarOrDisc(),
			"continuityWithSurgicalTract", scarOrDisc());

	private static Condition scarOrDisc() {
		return Condition.when("classification", "indeterminate", "scar", "disc").or("nature", "postoperative");
	}
}
