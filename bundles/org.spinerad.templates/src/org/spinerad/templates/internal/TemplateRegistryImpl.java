package org.spinerad.templates.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;

/** Tracks the template plugins as they start and stop. */
@Component(service = TemplateRegistry.class)
public final class TemplateRegistryImpl implements TemplateRegistry {

	private final List<TemplateProvider> providers = new CopyOnWriteArrayList<>();
	private final List<Consumer<List<TemplateProvider>>> listeners = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	public void addTemplate(TemplateProvider provider) {
		providers.add(provider);
		fire();
	}

	public void removeTemplate(TemplateProvider provider) {
		providers.remove(provider);
		fire();
	}

	private void fire() {
		List<TemplateProvider> now = templates();
		listeners.forEach(l -> l.accept(now));
	}

	@Override
	public List<TemplateProvider> templates() {
		List<TemplateProvider> sorted = new ArrayList<>(providers);
		sorted.sort(Comparator.comparing(TemplateProvider::label));
		return sorted;
	}

	@Override
	public Optional<TemplateProvider> find(String id) {
		return providers.stream().filter(p -> p.id().equals(id)).findFirst();
	}

	@Override
	public Optional<TemplateProvider> forScenario(String scenario) {
		return providers.stream().filter(p -> p.scenario().equals(scenario)).findFirst();
	}

	@Override
	public AutoCloseable onChange(Consumer<List<TemplateProvider>> listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}
}
