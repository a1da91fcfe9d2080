/** Launchers and the embedded framework. */ package bedrock.launcher;
