package org.spinerad.templates;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The template plugins currently available. Plugins come and go at run time
 * (a template bundle started or stopped); listeners hear of every change.
 */
public interface TemplateRegistry {

	/** @return the available templates, by label */
	List<TemplateProvider> templates();

	/** @return the template with this id */
	Optional<TemplateProvider> find(String id);

	/** @return the template for a scenario (infection, tumor, postop) */
	Optional<TemplateProvider> forScenario(String scenario);

	/** Registers a listener called after each change; returns a handle that removes it. */
	AutoCloseable onChange(Consumer<List<TemplateProvider>> listener);
}
