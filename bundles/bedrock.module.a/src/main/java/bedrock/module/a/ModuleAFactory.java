package bedrock.module.a;

import bedrock.api.module.BedrockModule;
import bedrock.api.module.ModuleFactory;
import bedrock.module.recording.RecordingFactory;
import org.osgi.service.component.annotations.Component;

/**
 * The factory of module type {@value #TYPE}, upstream's test module A: providers and clients that
 * record what they were given, no dependencies, an empty reported configuration.
 */
@Component(service = ModuleFactory.class)
@BedrockModule(ModuleAFactory.TYPE)
public class ModuleAFactory extends RecordingFactory {

    /** The module type this factory serves. */
    public static final String TYPE = "module_a";

    public ModuleAFactory() {
        super(TYPE);
    }
}
