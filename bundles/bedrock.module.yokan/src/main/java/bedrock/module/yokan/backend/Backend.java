package bedrock.module.yokan.backend;

import bedrock.module.yokan.api.YokanDatabase;

/** A local database that holds resources until closed. */
public interface Backend extends YokanDatabase, AutoCloseable {

    /** The database type as configs name it. */
    String type();

    @Override
    void close();
}
