package bedrock.module.b;

import bedrock.api.module.BedrockModule;
import bedrock.api.module.ModuleFactory;
import bedrock.module.recording.RecordingFactory;
import org.osgi.service.component.annotations.Component;

/**
 * The factory of module type {@value #TYPE}, upstream's test module B: providers and clients that
 * record what they were given, no dependencies, an empty reported configuration.
 */
@Component(service = ModuleFactory.class)
@BedrockModule(ModuleBFactory.TYPE)
public class ModuleBFactory extends RecordingFactory {

    /** The module type this factory serves. */
    public static final String TYPE = "module_b";

    public ModuleBFactory() {
        super(TYPE);
    }
}
