package org.spinerad.model.edit.internal;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.osgi.service.component.annotations.Component;
import org.spinerad.model.edit.Vocabulary;

/**
 * Offers the clinical vocabulary to the model's validation, which cannot depend
 * on this bundle: its messages and locations then use the same words as the
 * editor, the renderers and the SR.
 */
@Component(service = EValidator.SubstitutionLabelProvider.class)
public final class VocabularyLabels implements EValidator.SubstitutionLabelProvider {

	private final EValidator.SubstitutionLabelProvider labels = Vocabulary.substitutionLabels();

	@Override
	public String getObjectLabel(EObject object) {
		return labels.getObjectLabel(object);
	}

	@Override
	public String getFeatureLabel(EStructuralFeature feature) {
		return labels.getFeatureLabel(feature);
	}

	@Override
	public String getValueLabel(EDataType type, Object value) {
		return labels.getValueLabel(type, value);
	}
}
