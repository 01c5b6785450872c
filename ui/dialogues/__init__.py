"""dialogues"""
