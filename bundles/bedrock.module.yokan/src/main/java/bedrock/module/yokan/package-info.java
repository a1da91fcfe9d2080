/** Module "yokan". */ package bedrock.module.yokan;
