/** Module "b". */ package bedrock.module.b;
