/** Module "module_a": upstream's test module A. */ package bedrock.module.a;
