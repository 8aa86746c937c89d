package org.spinerad.templates.infection.internal;

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

/** The Spinal infection report template: form, pick lists, decision support and FreeMarker templates. */
@Component(service = TemplateProvider.class, property = "template.id=org.spinerad.templates.infection")
public final class InfectionTemplate extends BundledTemplateProvider {

	private final DecisionSupport decisionSupport = new InfectionDecisionSupport();
	private final ImpressionSelection impression = new InfectionImpression();
	private final FormDefinition form = StandardForms.of(NORMAL, REQUIRED, Map.of(), HELP, CONDITIONS);

	@Override
	public String id() {
		return "org.spinerad.templates.infection";
	}

	@Override
	public String version() {
		return "1.0.0";
	}

	@Override
	public String label() {
		return "Spinal infection";
	}

	@Override
	public String scenario() {
		return "infection";
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
			RegionKind.BONE_MARROW, "Normal vertebral marrow signal without edema or abnormal enhancement; endplates intact.",
			RegionKind.DISC, "No disc fluid signal, disc enhancement or endplate erosion.",
			RegionKind.EPIDURAL, "No epidural collection or abnormal epidural enhancement.",
			RegionKind.CORD_ROOTS_MENINGES, "Normal cord signal and caliber; no abnormal meningeal or root enhancement.",
			RegionKind.FACETS, "Facet joints without effusion, erosion or abnormal enhancement.",
			RegionKind.PARASPINAL, "No paraspinal or psoas collection; normal psoas signal.");

	private static final Map<RegionKind, List<String>> REQUIRED = Map.of(
			RegionKind.EPIDURAL, List.of("from", "classification", "cordEffect", "enhancement.presence"),
			RegionKind.DISC, List.of("from", "t2", "enhancement.presence"),
			RegionKind.BONE_MARROW, List.of("from", "endplate", "enhancement.presence"));

	private static final Map<String, String> HELP = Map.of(
			"classification", "Phlegmon: homogeneous enhancement, no liquid pus. Abscess: rim enhancement around a non-enhancing fluid center. Mixed forms are common.",
			"cordEffect", "Any cord or cauda equina compression by infection is a critical result. Bilsky does not apply to infection.",
			"endplate", "Erosion or destruction of the endplates facing the disc supports discitis; intact endplates favor Modic 1 change.",
			"dwi", "DWI claw sign (linear bright band at the marrow interface) strongly favors degeneration; its absence favors infection.");

	/**
	 * Endplates and intraosseous abscess matter until a marrow lesion is called
	 * something other than infection; alignment (a kyphosis after collapse) for an infection too.
	 */
	private static final Map<String, Condition> CONDITIONS = Map.of(
			"alignment", Condition.when("nature", "infectious", "neoplastic", "osteoporotic"),
			"endplate", Condition.when("nature", "undetermined", "infectious", "degenerative", "osteoporotic"),
			"intraosseousAbscess", Condition.when("nature", "undetermined", "infectious"));
}
